// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.005830122002) q[0];
ry(pi*0.524291316078) q[1];
ry(pi*-0.004305899181) q[2];
ry(pi*-0.50159372472) q[3];
ry(pi*0.003487745979) q[4];
ry(pi*0.005106224522) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026359433642) q[0];
ry(pi*0.004746035207) q[1];
ry(pi*-0.449313559538) q[2];
ry(pi*-0.48651900393) q[3];
ry(pi*0.005057442623) q[4];
ry(pi*0.002409156241) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.501447141271) q[0];
ry(pi*0.016384134458) q[1];
ry(pi*0.041595999084) q[2];
ry(pi*0.266093545325) q[3];
ry(pi*0.006120704456) q[4];
ry(pi*0.098657652424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.173643956187) q[0];
ry(pi*0.510785148232) q[1];
ry(pi*-0.067644372156) q[2];
ry(pi*0.500999384426) q[3];
ry(pi*-0.511442895449) q[4];
ry(pi*-0.013282942798) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001535341593) q[0];
ry(pi*-0.162836339164) q[1];
ry(pi*-0.497198270316) q[2];
ry(pi*-0.01038137646) q[3];
ry(pi*0.03803692506) q[4];
ry(pi*0.002990030924) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
