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
ry(pi*-0.000438187799) q[0];
ry(pi*-0.000594083569) q[1];
ry(pi*0.001208640512) q[2];
ry(pi*0.24206000691) q[3];
ry(pi*-0.284894267116) q[4];
ry(pi*-0.000176261866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.498598724715) q[0];
ry(pi*0.000172142074) q[1];
ry(pi*-0.502753642623) q[2];
ry(pi*-0.249258817595) q[3];
ry(pi*-0.500891201818) q[4];
ry(pi*-0.50004949484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000627821413) q[0];
ry(pi*-0.482057524365) q[1];
ry(pi*-0.334365194465) q[2];
ry(pi*0.167167570816) q[3];
ry(pi*3.2723219e-05) q[4];
ry(pi*-0.49875232808) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001542109972) q[0];
ry(pi*-0.000143788739) q[1];
ry(pi*0.502266688081) q[2];
ry(pi*0.497833022563) q[3];
ry(pi*-0.434049642508) q[4];
ry(pi*-0.058309562104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.421949127593) q[0];
ry(pi*0.000137919777) q[1];
ry(pi*-0.014878088418) q[2];
ry(pi*-0.000801421091) q[3];
ry(pi*0.707266619792) q[4];
ry(pi*-0.001465330375) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
