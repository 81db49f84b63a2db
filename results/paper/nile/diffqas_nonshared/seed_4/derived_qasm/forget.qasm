// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.002128082988) q[0];
rx(pi*-0.00146621913) q[1];
rx(pi*-0.003755891083) q[2];
rx(pi*-0.002103478744) q[3];
rx(pi*-0.001429408145) q[4];
rx(pi*-0.000339384325) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000791725424) q[0];
rx(pi*-0.000346391124) q[1];
rx(pi*-0.004784282192) q[2];
rx(pi*-0.005994268286) q[3];
rx(pi*-0.000414210323) q[4];
rx(pi*-0.000897602917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001197006512) q[0];
rx(pi*-0.001314715662) q[1];
rx(pi*-0.000897316102) q[2];
rx(pi*0.000479593931) q[3];
rx(pi*0.000717541758) q[4];
rx(pi*0.000735282834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003212566136) q[0];
rx(pi*0.001126271217) q[1];
rx(pi*0.000853435175) q[2];
rx(pi*0.004935535308) q[3];
rx(pi*0.001355521744) q[4];
rx(pi*0.003763295494) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003373806329) q[0];
rx(pi*0.00177018656) q[1];
rx(pi*-0.002265951424) q[2];
rx(pi*0.001491901115) q[3];
rx(pi*0.007162401389) q[4];
rx(pi*-0.003975360714) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
