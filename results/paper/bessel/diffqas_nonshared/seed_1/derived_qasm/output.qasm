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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000320248086) q[0];
ry(pi*0.00264159167) q[1];
ry(pi*0.505995136567) q[2];
ry(pi*-0.007102309361) q[3];
ry(pi*-0.003487255949) q[4];
ry(pi*0.002530709596) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.207867681498) q[0];
ry(pi*-0.028399267266) q[1];
ry(pi*0.028108343896) q[2];
ry(pi*0.018853103176) q[3];
ry(pi*0.000538479152) q[4];
ry(pi*-0.000204728584) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000546155444) q[0];
ry(pi*-0.007507693539) q[1];
ry(pi*-0.001594742598) q[2];
ry(pi*-0.276247930646) q[3];
ry(pi*0.496686840929) q[4];
ry(pi*0.000989187334) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.055862855534) q[0];
ry(pi*-0.058298102564) q[1];
ry(pi*0.066460477443) q[2];
ry(pi*0.182630872452) q[3];
ry(pi*-0.500361406812) q[4];
ry(pi*0.005695753446) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.073689530688) q[0];
ry(pi*-0.21355753264) q[1];
ry(pi*-0.200766201008) q[2];
ry(pi*-0.180692445792) q[3];
ry(pi*-0.061532344175) q[4];
ry(pi*-0.004419385264) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
