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
ry(pi*-0.126022416393) q[0];
ry(pi*-0.140684736052) q[1];
ry(pi*-0.267325749397) q[2];
ry(pi*0.047035903249) q[3];
ry(pi*0.062132428469) q[4];
ry(pi*-0.000266423624) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.05575714887) q[0];
ry(pi*-0.160671302006) q[1];
ry(pi*-0.132160356404) q[2];
ry(pi*-0.026250273938) q[3];
ry(pi*0.008475496364) q[4];
ry(pi*0.001325987994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051243883189) q[0];
ry(pi*-0.24286001179) q[1];
ry(pi*0.034507365517) q[2];
ry(pi*0.045688041307) q[3];
ry(pi*0.082243616916) q[4];
ry(pi*-0.002112368069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.088114705231) q[0];
ry(pi*-0.116780506399) q[1];
ry(pi*-0.063451736425) q[2];
ry(pi*0.091527010822) q[3];
ry(pi*0.128715313337) q[4];
ry(pi*-0.056427503478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.187695742312) q[0];
ry(pi*-0.191111481971) q[1];
ry(pi*-0.186940418254) q[2];
ry(pi*0.146972162342) q[3];
ry(pi*-0.050710028015) q[4];
ry(pi*-0.005030989277) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
