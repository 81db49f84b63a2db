// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.428220038106) q[0];
ry(pi*0.005637262243) q[1];
ry(pi*-0.002623659459) q[2];
ry(pi*0.500779148771) q[3];
ry(pi*-0.620857593038) q[4];
ry(pi*0.009284760537) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000635545174) q[0];
ry(pi*0.014552801845) q[1];
ry(pi*-0.000629595958) q[2];
ry(pi*0.497933502235) q[3];
ry(pi*-0.498399890319) q[4];
ry(pi*-0.001481453801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.498492135818) q[0];
ry(pi*-0.000158909935) q[1];
ry(pi*-0.500460216882) q[2];
ry(pi*0.499486952871) q[3];
ry(pi*0.000251172258) q[4];
ry(pi*0.000338726282) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500259105756) q[0];
ry(pi*0.486628742303) q[1];
ry(pi*-0.065075794141) q[2];
ry(pi*0.146369189448) q[3];
ry(pi*0.002197785306) q[4];
ry(pi*0.001083131043) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499999217058) q[0];
ry(pi*-0.096959183592) q[1];
ry(pi*-0.116058963318) q[2];
ry(pi*0.25532051562) q[3];
ry(pi*0.498097958012) q[4];
ry(pi*0.001834193051) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
