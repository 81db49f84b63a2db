// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002357512422) q[0];
rx(pi*-0.342958824643) q[1];
rx(pi*-0.014460367804) q[2];
rx(pi*-0.000518957047) q[3];
rx(pi*-0.002305511826) q[4];
rx(pi*0.000789484861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003409519562) q[0];
rx(pi*0.001417519347) q[1];
rx(pi*0.024923429058) q[2];
rx(pi*0.008505382592) q[3];
rx(pi*-0.006023356473) q[4];
rx(pi*0.00074727198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.99801e-05) q[0];
rx(pi*-0.313279831315) q[1];
rx(pi*-0.00842163629) q[2];
rx(pi*0.000471756741) q[3];
rx(pi*-0.005109414315) q[4];
rx(pi*0.006876486825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000960504023) q[0];
rx(pi*-0.001643391539) q[1];
rx(pi*0.020363082503) q[2];
rx(pi*0.003442622263) q[3];
rx(pi*0.008806687612) q[4];
rx(pi*0.000733010477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007386631401) q[0];
rx(pi*-0.343333915864) q[1];
rx(pi*-0.007644386257) q[2];
rx(pi*-0.000461487038) q[3];
rx(pi*0.000473917856) q[4];
rx(pi*0.001015161915) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
