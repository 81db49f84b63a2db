// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042398223775) q[0];
ry(pi*0.076729932479) q[1];
ry(pi*-0.027333795701) q[2];
ry(pi*-0.045389633188) q[3];
ry(pi*-0.001613167063) q[4];
ry(pi*0.444273411168) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00174423199) q[0];
ry(pi*0.043397869392) q[1];
ry(pi*-0.099533918263) q[2];
ry(pi*-0.006095069309) q[3];
ry(pi*-0.0103868833) q[4];
ry(pi*0.042955742709) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.173538695383) q[0];
ry(pi*0.217769065228) q[1];
ry(pi*-0.198920608004) q[2];
ry(pi*0.040285077082) q[3];
ry(pi*-0.353988593569) q[4];
ry(pi*-0.034188201212) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.259858910705) q[0];
ry(pi*0.146145633562) q[1];
ry(pi*-0.063977281536) q[2];
ry(pi*0.046170262149) q[3];
ry(pi*0.111789801009) q[4];
ry(pi*0.06992593993) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.089963134661) q[0];
ry(pi*0.003155738013) q[1];
ry(pi*-0.120218093177) q[2];
ry(pi*-0.277336795609) q[3];
ry(pi*-0.329115397233) q[4];
ry(pi*-0.000627949257) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
