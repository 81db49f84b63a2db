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
ry(pi*-0.203356645115) q[0];
ry(pi*0.206212593853) q[1];
ry(pi*0.182156041495) q[2];
ry(pi*0.00667224816) q[3];
ry(pi*0.002909773237) q[4];
ry(pi*0.10954890132) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.214859006214) q[0];
ry(pi*-0.157102736865) q[1];
ry(pi*0.010305506814) q[2];
ry(pi*0.042323499608) q[3];
ry(pi*0.004127633912) q[4];
ry(pi*0.159780436638) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052757879996) q[0];
ry(pi*-0.01073566525) q[1];
ry(pi*0.003870123033) q[2];
ry(pi*0.010928504257) q[3];
ry(pi*-0.007297685974) q[4];
ry(pi*0.060799664091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005747042119) q[0];
ry(pi*-0.035746648795) q[1];
ry(pi*-0.332545138779) q[2];
ry(pi*0.11023701442) q[3];
ry(pi*0.015472619626) q[4];
ry(pi*-0.002533742271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00484016227) q[0];
ry(pi*-0.066513558448) q[1];
ry(pi*-0.108747786535) q[2];
ry(pi*-0.003956256639) q[3];
ry(pi*-0.26142630631) q[4];
ry(pi*0.002938278012) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
