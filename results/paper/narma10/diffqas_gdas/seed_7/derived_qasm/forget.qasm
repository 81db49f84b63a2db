// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
ry(pi*0.005912039212) q[0];
ry(pi*-0.000445595249) q[1];
ry(pi*6.3871982e-05) q[2];
ry(pi*0.017734089331) q[3];
ry(pi*-2.5900624e-05) q[4];
ry(pi*0.000101804346) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000137238852) q[0];
ry(pi*0.0072893267) q[1];
ry(pi*-0.000115811468) q[2];
ry(pi*-2.12678e-07) q[3];
ry(pi*-0.002847968326) q[4];
ry(pi*0.00328918817) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.2398389e-05) q[0];
ry(pi*2.6080663e-05) q[1];
ry(pi*-0.001000760785) q[2];
ry(pi*-1.0398488e-05) q[3];
ry(pi*-0.007925750327) q[4];
ry(pi*0.000232403653) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005969574662) q[0];
ry(pi*7.2234661e-05) q[1];
ry(pi*-0.000347025711) q[2];
ry(pi*-5.3856534e-05) q[3];
ry(pi*2.038102e-05) q[4];
ry(pi*2.4579002e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.4345154e-05) q[0];
ry(pi*-0.00537777138) q[1];
ry(pi*-0.001860801737) q[2];
ry(pi*0.001976469538) q[3];
ry(pi*-0.001705033403) q[4];
ry(pi*-0.004375585787) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
