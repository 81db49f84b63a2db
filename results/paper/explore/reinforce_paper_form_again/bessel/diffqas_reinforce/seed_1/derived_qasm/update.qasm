// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.227453135106) q[0];
ry(pi*0.008475524823) q[1];
ry(pi*-0.029771841212) q[2];
ry(pi*0.01019446525) q[3];
ry(pi*0.010774183485) q[4];
ry(pi*-0.036370785789) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002010565344) q[0];
ry(pi*0.014497287585) q[1];
ry(pi*0.285246761796) q[2];
ry(pi*-0.012231780242) q[3];
ry(pi*-0.036448761411) q[4];
ry(pi*-0.018969649208) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.179547212796) q[0];
ry(pi*0.156663773888) q[1];
ry(pi*-0.233633355886) q[2];
ry(pi*-0.120248658273) q[3];
ry(pi*-0.025584807184) q[4];
ry(pi*-0.070625104655) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.062343277357) q[0];
ry(pi*0.355134357802) q[1];
ry(pi*-0.011982140385) q[2];
ry(pi*0.512907022388) q[3];
ry(pi*-0.503556759033) q[4];
ry(pi*-0.062209386676) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041071782065) q[0];
ry(pi*0.869146656581) q[1];
ry(pi*-0.011329431619) q[2];
ry(pi*0.021333149607) q[3];
ry(pi*-0.015636068661) q[4];
ry(pi*-0.004625904216) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
