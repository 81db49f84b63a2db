// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.150422223701) q[0];
ry(pi*1.925729185748) q[1];
ry(pi*1.080022372361) q[2];
ry(pi*1.547788560689) q[3];
ry(pi*1.058445652991) q[4];
ry(pi*1.223159459376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.067784500127) q[0];
ry(pi*0.373587366047) q[1];
ry(pi*1.349378850835) q[2];
ry(pi*1.141129191008) q[3];
ry(pi*0.317110068592) q[4];
ry(pi*1.904058513332) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.308707266311) q[0];
ry(pi*1.02060648088) q[1];
ry(pi*0.28800574082) q[2];
ry(pi*1.434743465774) q[3];
ry(pi*0.552626014341) q[4];
ry(pi*0.26826795502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.091974359753) q[0];
ry(pi*0.349671079213) q[1];
ry(pi*0.383597425676) q[2];
ry(pi*1.073944187019) q[3];
ry(pi*0.902077806536) q[4];
ry(pi*1.914588691866) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.9083026411) q[0];
ry(pi*1.593092294761) q[1];
ry(pi*1.343175217685) q[2];
ry(pi*1.690046222902) q[3];
ry(pi*1.877503648531) q[4];
ry(pi*0.045235455897) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
