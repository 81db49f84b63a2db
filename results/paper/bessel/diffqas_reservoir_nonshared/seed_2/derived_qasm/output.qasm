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
rz(pi*1.963766661018) q[0];
rz(pi*0.89173978399) q[1];
rz(pi*0.636785973637) q[2];
rz(pi*0.098026780104) q[3];
rz(pi*0.779190560809) q[4];
rz(pi*0.732078116753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.046961600594) q[0];
rz(pi*0.013570932507) q[1];
rz(pi*0.295925762563) q[2];
rz(pi*0.419773067269) q[3];
rz(pi*0.881009025567) q[4];
rz(pi*0.604606713673) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.226655377866) q[0];
rz(pi*0.570865199718) q[1];
rz(pi*1.819265964681) q[2];
rz(pi*1.923739931098) q[3];
rz(pi*0.118869728457) q[4];
rz(pi*0.418119440525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.126046387828) q[0];
rz(pi*1.541320523327) q[1];
rz(pi*0.128048459201) q[2];
rz(pi*0.36960536576) q[3];
rz(pi*0.913440205675) q[4];
rz(pi*1.337381547667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.806655917654) q[0];
rz(pi*1.733945973645) q[1];
rz(pi*1.587510815954) q[2];
rz(pi*0.105464286928) q[3];
rz(pi*1.953273061941) q[4];
rz(pi*1.229255934447) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
