// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.140521788608) q[0];
rx(pi*0.004528287057) q[1];
rx(pi*0.001956479822) q[2];
rx(pi*-0.000816335005) q[3];
rx(pi*-0.01019717361) q[4];
rx(pi*0.004957295271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.109422002097) q[0];
rx(pi*0.001965861549) q[1];
rx(pi*-0.032198951305) q[2];
rx(pi*0.000229374072) q[3];
rx(pi*-0.004905668646) q[4];
rx(pi*0.000975305286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.118495690223) q[0];
rx(pi*-0.024139071952) q[1];
rx(pi*-0.003013105343) q[2];
rx(pi*-0.002992982372) q[3];
rx(pi*0.00266206534) q[4];
rx(pi*0.004249411086) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113869052888) q[0];
rx(pi*0.002916420221) q[1];
rx(pi*-0.029385195586) q[2];
rx(pi*0.001861738665) q[3];
rx(pi*0.004310500665) q[4];
rx(pi*-0.005139143425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141809203376) q[0];
rx(pi*-0.000980460612) q[1];
rx(pi*-0.001555679934) q[2];
rx(pi*0.000317640556) q[3];
rx(pi*-0.005204188526) q[4];
rx(pi*-0.004828727335) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
