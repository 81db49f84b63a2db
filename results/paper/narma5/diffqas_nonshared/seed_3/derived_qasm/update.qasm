// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.002598898244) q[0];
rx(pi*0.005898232981) q[1];
rx(pi*2.7240773e-05) q[2];
rx(pi*0.000476004339) q[3];
rx(pi*-0.002281248646) q[4];
rx(pi*0.000872789083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000513239135) q[0];
rx(pi*0.012469324972) q[1];
rx(pi*0.001423980013) q[2];
rx(pi*-0.001394013002) q[3];
rx(pi*-0.000277711982) q[4];
rx(pi*7.7963504e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005405086801) q[0];
rx(pi*0.001566756906) q[1];
rx(pi*0.004729674177) q[2];
rx(pi*-0.004857442292) q[3];
rx(pi*-0.001942722653) q[4];
rx(pi*0.003178092357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004939210388) q[0];
rx(pi*0.001215161949) q[1];
rx(pi*0.004542103368) q[2];
rx(pi*-0.001538236715) q[3];
rx(pi*0.00519346833) q[4];
rx(pi*0.001532567273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001629285746) q[0];
rx(pi*0.006833126389) q[1];
rx(pi*0.00169687275) q[2];
rx(pi*-0.002694304781) q[3];
rx(pi*0.006778639622) q[4];
rx(pi*-0.001143888377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
