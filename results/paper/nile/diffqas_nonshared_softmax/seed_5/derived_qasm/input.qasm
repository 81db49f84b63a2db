// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.012459881287) q[0];
ry(pi*-0.015071783571) q[1];
ry(pi*-0.006798568714) q[2];
ry(pi*-0.009296802895) q[3];
ry(pi*0.28126918216) q[4];
ry(pi*0.00348036647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004633520292) q[0];
ry(pi*0.282438510546) q[1];
ry(pi*-0.428260222386) q[2];
ry(pi*0.130153419153) q[3];
ry(pi*-0.095714068565) q[4];
ry(pi*0.008671326544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008349326406) q[0];
ry(pi*-0.007786974164) q[1];
ry(pi*-0.00999098846) q[2];
ry(pi*-0.044823121171) q[3];
ry(pi*0.211337664242) q[4];
ry(pi*-0.039199997182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003244700634) q[0];
ry(pi*0.135463407427) q[1];
ry(pi*-0.065122965135) q[2];
ry(pi*0.068611332472) q[3];
ry(pi*-0.065099680831) q[4];
ry(pi*0.003886843359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020193048739) q[0];
ry(pi*-0.010402998278) q[1];
ry(pi*0.12972315518) q[2];
ry(pi*0.155831961197) q[3];
ry(pi*0.015921074906) q[4];
ry(pi*0.002593206716) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
