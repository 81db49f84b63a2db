// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.25963252788) q[0];
rz(pi*-0.12250583658) q[1];
rz(pi*-0.008788766666) q[2];
rz(pi*-0.006373753478) q[3];
rz(pi*-0.058964287911) q[4];
rz(pi*0.259562916868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.090661360235) q[0];
rz(pi*-0.080594420309) q[1];
rz(pi*-0.016324926442) q[2];
rz(pi*0.267418412296) q[3];
rz(pi*-0.167024668081) q[4];
rz(pi*-0.475146435398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.1596434534) q[0];
rz(pi*-0.059196158604) q[1];
rz(pi*-0.081188789062) q[2];
rz(pi*-0.04840159483) q[3];
rz(pi*-0.105557376715) q[4];
rz(pi*0.108172855362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.086744370069) q[0];
rz(pi*0.023701814151) q[1];
rz(pi*0.014793110667) q[2];
rz(pi*-0.059669979261) q[3];
rz(pi*-0.452918153927) q[4];
rz(pi*0.210336377482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.137604671732) q[0];
rz(pi*-0.038072885532) q[1];
rz(pi*0.009892746387) q[2];
rz(pi*-0.040097650051) q[3];
rz(pi*0.017093533795) q[4];
rz(pi*-0.000269587311) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
