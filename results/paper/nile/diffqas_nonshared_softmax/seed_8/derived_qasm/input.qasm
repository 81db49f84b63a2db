// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.00532416566) q[0];
ry(pi*0.000211003338) q[1];
ry(pi*0.000330821613) q[2];
ry(pi*0.004441474879) q[3];
ry(pi*-0.000778424713) q[4];
ry(pi*-7.834198e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002529030508) q[0];
ry(pi*-0.001446895683) q[1];
ry(pi*0.000499364906) q[2];
ry(pi*0.000509934875) q[3];
ry(pi*-0.002826237415) q[4];
ry(pi*-0.000174608717) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.500807e-06) q[0];
ry(pi*-2.3423504e-05) q[1];
ry(pi*9.3123369e-05) q[2];
ry(pi*1.5492072e-05) q[3];
ry(pi*-0.000115043831) q[4];
ry(pi*0.00029062064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022434942126) q[0];
ry(pi*0.000585843394) q[1];
ry(pi*-6.6710469e-05) q[2];
ry(pi*3.1312765e-05) q[3];
ry(pi*5.033105e-05) q[4];
ry(pi*0.000380374095) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*5.155028e-05) q[0];
ry(pi*0.002785247979) q[1];
ry(pi*0.074485707815) q[2];
ry(pi*-0.003023867041) q[3];
ry(pi*0.002136424179) q[4];
ry(pi*0.000261064341) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
