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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001425392889) q[0];
rx(pi*-0.00363216861) q[1];
rx(pi*0.000616258858) q[2];
rx(pi*-0.003182606685) q[3];
rx(pi*-0.00232678665) q[4];
rx(pi*-0.005583805934) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00597821082) q[0];
rx(pi*0.002256741785) q[1];
rx(pi*-0.001448588111) q[2];
rx(pi*0.00133151188) q[3];
rx(pi*-0.004768761298) q[4];
rx(pi*-0.000118665226) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00427169606) q[0];
rx(pi*-0.002345727678) q[1];
rx(pi*0.005716885529) q[2];
rx(pi*-0.000644231135) q[3];
rx(pi*0.0005074971) q[4];
rx(pi*0.000479352325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002497742075) q[0];
rx(pi*-0.001912104492) q[1];
rx(pi*-0.000139092141) q[2];
rx(pi*0.001649991091) q[3];
rx(pi*0.001006143412) q[4];
rx(pi*0.002469880595) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003468265414) q[0];
rx(pi*0.003237001256) q[1];
rx(pi*0.005243236812) q[2];
rx(pi*-0.00614666036) q[3];
rx(pi*0.004347540212) q[4];
rx(pi*0.001642374274) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
