// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.270656908546) q[0];
ry(pi*0.027835345029) q[1];
ry(pi*-0.257651697129) q[2];
ry(pi*-0.046526494459) q[3];
ry(pi*0.013308617669) q[4];
ry(pi*0.033354315748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.040342341578) q[0];
ry(pi*-0.103761302581) q[1];
ry(pi*-0.093889525824) q[2];
ry(pi*0.02905980822) q[3];
ry(pi*-0.071427998135) q[4];
ry(pi*-0.009250108592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.047553655304) q[0];
ry(pi*-0.252177433319) q[1];
ry(pi*0.27708912536) q[2];
ry(pi*-0.023720699149) q[3];
ry(pi*-0.493835464624) q[4];
ry(pi*0.072264316854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014881073069) q[0];
ry(pi*-0.265118858358) q[1];
ry(pi*0.461231253057) q[2];
ry(pi*-0.006940046122) q[3];
ry(pi*-0.073908656437) q[4];
ry(pi*0.23266606829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.033991641174) q[0];
ry(pi*0.005896618519) q[1];
ry(pi*0.009252892843) q[2];
ry(pi*-0.006811400221) q[3];
ry(pi*0.018802380721) q[4];
ry(pi*0.001255325774) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
