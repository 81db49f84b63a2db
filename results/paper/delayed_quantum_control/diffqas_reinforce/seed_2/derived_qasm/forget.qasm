// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.493367217211) q[0];
ry(pi*0.127128167101) q[1];
ry(pi*0.499165478634) q[2];
ry(pi*0.001870926366) q[3];
ry(pi*-0.001805663079) q[4];
ry(pi*0.001865397737) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024902784337) q[0];
ry(pi*-0.045946113364) q[1];
ry(pi*0.010828139608) q[2];
ry(pi*0.002672674959) q[3];
ry(pi*-0.001940548494) q[4];
ry(pi*-0.027241837164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.498800215295) q[0];
ry(pi*0.500030294419) q[1];
ry(pi*0.000970360514) q[2];
ry(pi*0.000798321937) q[3];
ry(pi*-0.50173237756) q[4];
ry(pi*-0.005040134734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002297110901) q[0];
ry(pi*0.015052055471) q[1];
ry(pi*-0.000636691766) q[2];
ry(pi*0.013925312603) q[3];
ry(pi*-0.510799150119) q[4];
ry(pi*-0.535527356718) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.406963768445) q[0];
ry(pi*0.001478561347) q[1];
ry(pi*-0.000134197042) q[2];
ry(pi*0.363400859864) q[3];
ry(pi*0.000919594184) q[4];
ry(pi*0.0021781036) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
