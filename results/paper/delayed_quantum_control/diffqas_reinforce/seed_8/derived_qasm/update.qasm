// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.106837363651) q[0];
ry(pi*0.291630655022) q[1];
ry(pi*0.010178660951) q[2];
ry(pi*-0.018556761901) q[3];
ry(pi*-0.090662232982) q[4];
ry(pi*0.014336791183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0157728515) q[0];
ry(pi*0.021043006491) q[1];
ry(pi*0.404818330136) q[2];
ry(pi*0.43362389405) q[3];
ry(pi*0.380961731566) q[4];
ry(pi*0.253997925378) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016268528763) q[0];
ry(pi*-0.497840611662) q[1];
ry(pi*0.128275230967) q[2];
ry(pi*0.141044743939) q[3];
ry(pi*0.079484614176) q[4];
ry(pi*-0.244044859883) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015102554996) q[0];
ry(pi*-0.119486760158) q[1];
ry(pi*0.412242062744) q[2];
ry(pi*0.330182272781) q[3];
ry(pi*-0.06753699589) q[4];
ry(pi*-0.320162612942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002086021296) q[0];
ry(pi*-0.095670896078) q[1];
ry(pi*0.050796785647) q[2];
ry(pi*0.082605379782) q[3];
ry(pi*-0.435592051005) q[4];
ry(pi*0.002809075379) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
