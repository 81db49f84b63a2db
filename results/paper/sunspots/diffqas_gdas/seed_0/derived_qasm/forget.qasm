// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.042068287693) q[0];
ry(pi*-0.015695085765) q[1];
ry(pi*-0.08859894667) q[2];
ry(pi*0.351198840748) q[3];
ry(pi*-0.129737953924) q[4];
ry(pi*-0.468451332192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069164440242) q[0];
ry(pi*0.449596025806) q[1];
ry(pi*0.415318835293) q[2];
ry(pi*-0.205018600895) q[3];
ry(pi*0.286463370269) q[4];
ry(pi*0.01659428847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.154181047556) q[0];
ry(pi*0.34325586198) q[1];
ry(pi*-0.40627710676) q[2];
ry(pi*0.077437511618) q[3];
ry(pi*-0.122573891826) q[4];
ry(pi*0.031001294235) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.489350269123) q[0];
ry(pi*0.303387345803) q[1];
ry(pi*0.108410005221) q[2];
ry(pi*0.084362132896) q[3];
ry(pi*0.124655932699) q[4];
ry(pi*-0.525558316169) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033836176108) q[0];
ry(pi*-0.431743315299) q[1];
ry(pi*-0.535808874348) q[2];
ry(pi*-0.187681626588) q[3];
ry(pi*-0.043135329252) q[4];
ry(pi*-0.001494929047) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
