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
ry(pi*0.007223750362) q[0];
ry(pi*-0.189013304776) q[1];
ry(pi*-0.155661339277) q[2];
ry(pi*-0.220180387623) q[3];
ry(pi*0.051317483221) q[4];
ry(pi*0.130164850233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047317193206) q[0];
ry(pi*-0.059113366276) q[1];
ry(pi*0.181780039581) q[2];
ry(pi*0.063839302229) q[3];
ry(pi*-0.249883760932) q[4];
ry(pi*0.377290391051) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.124841239526) q[0];
ry(pi*0.009066927899) q[1];
ry(pi*-0.046930490662) q[2];
ry(pi*0.04234170396) q[3];
ry(pi*0.341250214876) q[4];
ry(pi*-0.205613282698) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.192340176084) q[0];
ry(pi*-0.544212018139) q[1];
ry(pi*0.100852030936) q[2];
ry(pi*0.476654882677) q[3];
ry(pi*-0.396926995187) q[4];
ry(pi*0.028942689449) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018547442724) q[0];
ry(pi*-0.072601007234) q[1];
ry(pi*-0.071510928016) q[2];
ry(pi*-0.134529587759) q[3];
ry(pi*0.010465980685) q[4];
ry(pi*0.000324475377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
