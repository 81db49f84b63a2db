// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095033819669) q[0];
rx(pi*-0.061923159062) q[1];
rx(pi*0.003751808682) q[2];
rx(pi*-0.001771194191) q[3];
rx(pi*-1.442394e-06) q[4];
rx(pi*0.006157269684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.154436781222) q[0];
rx(pi*-0.069604864121) q[1];
rx(pi*0.000556038133) q[2];
rx(pi*0.00676213926) q[3];
rx(pi*0.003432622736) q[4];
rx(pi*0.003323142274) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.026505258181) q[0];
rx(pi*-0.065543017026) q[1];
rx(pi*0.005168817395) q[2];
rx(pi*-0.002480484731) q[3];
rx(pi*0.005706167113) q[4];
rx(pi*0.001896369414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168408938725) q[0];
rx(pi*-0.058283076148) q[1];
rx(pi*-0.001409819673) q[2];
rx(pi*-0.001834395823) q[3];
rx(pi*0.001928460927) q[4];
rx(pi*0.001118008734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056440253164) q[0];
rx(pi*-0.059723667394) q[1];
rx(pi*0.000977773522) q[2];
rx(pi*-0.001669388798) q[3];
rx(pi*0.003556550352) q[4];
rx(pi*-0.000829471187) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
