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
rx(pi*-0.187597786016) q[0];
rx(pi*0.001095741546) q[1];
rx(pi*0.004913101219) q[2];
rx(pi*0.011134645533) q[3];
rx(pi*0.015884815613) q[4];
rx(pi*-0.004712721434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.186898279781) q[0];
rx(pi*0.004216270735) q[1];
rx(pi*-0.006687305407) q[2];
rx(pi*-0.006213223874) q[3];
rx(pi*-0.005251019196) q[4];
rx(pi*-0.000804548185) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.195371831438) q[0];
rx(pi*0.000121095332) q[1];
rx(pi*-0.003686677314) q[2];
rx(pi*-0.008673022826) q[3];
rx(pi*0.000750916526) q[4];
rx(pi*0.017013751019) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.184820991582) q[0];
rx(pi*0.000209697591) q[1];
rx(pi*0.012789933578) q[2];
rx(pi*0.00294985791) q[3];
rx(pi*-0.001875129867) q[4];
rx(pi*0.003135081434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.193825912984) q[0];
rx(pi*0.001789725378) q[1];
rx(pi*-0.007230182123) q[2];
rx(pi*-0.010284613075) q[3];
rx(pi*0.002070444077) q[4];
rx(pi*0.000700902881) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
