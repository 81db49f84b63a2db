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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.220323992351) q[0];
ry(pi*-0.162272013756) q[1];
ry(pi*0.104253265929) q[2];
ry(pi*-0.124601120431) q[3];
ry(pi*-0.075279024801) q[4];
ry(pi*-0.001526681867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.176480856286) q[0];
ry(pi*-0.226549633888) q[1];
ry(pi*0.118964715519) q[2];
ry(pi*0.02819380901) q[3];
ry(pi*0.009128118567) q[4];
ry(pi*-0.000619264926) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101531274276) q[0];
ry(pi*-0.120284668548) q[1];
ry(pi*0.092354753858) q[2];
ry(pi*-0.11558363907) q[3];
ry(pi*0.151871902894) q[4];
ry(pi*-0.001769258971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012575592518) q[0];
ry(pi*-0.020392345595) q[1];
ry(pi*0.188845376986) q[2];
ry(pi*0.254695705093) q[3];
ry(pi*-0.255505158401) q[4];
ry(pi*-0.004238457881) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.062135226949) q[0];
ry(pi*-0.122627442406) q[1];
ry(pi*0.090803466116) q[2];
ry(pi*-0.17901997911) q[3];
ry(pi*-0.114185973666) q[4];
ry(pi*0.002119743576) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
