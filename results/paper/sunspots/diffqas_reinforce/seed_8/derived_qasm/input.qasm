// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rz(pi*0.005626746598) q[0];
rz(pi*0.003389041445) q[1];
rz(pi*-0.001045952684) q[2];
rz(pi*0.004232286402) q[3];
rz(pi*-0.002933862401) q[4];
rz(pi*0.005879190864) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001173984713) q[0];
rz(pi*0.002640921398) q[1];
rz(pi*-0.004131576686) q[2];
rz(pi*0.000584729004) q[3];
rz(pi*-0.001266864169) q[4];
rz(pi*-0.000686870162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000298029924) q[0];
rz(pi*-0.005336531149) q[1];
rz(pi*-0.005228308817) q[2];
rz(pi*0.004441852555) q[3];
rz(pi*-0.003708609217) q[4];
rz(pi*-0.007096689871) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001434757126) q[0];
rz(pi*2.4702436e-05) q[1];
rz(pi*0.000534701871) q[2];
rz(pi*-0.001428209305) q[3];
rz(pi*0.002183440426) q[4];
rz(pi*0.00294325065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000675451533) q[0];
rz(pi*0.001324751801) q[1];
rz(pi*-0.006193738269) q[2];
rz(pi*-0.000826328974) q[3];
rz(pi*-0.002887186774) q[4];
rz(pi*-0.00364333585) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
