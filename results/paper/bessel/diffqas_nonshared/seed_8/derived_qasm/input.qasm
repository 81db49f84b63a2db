// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.005248131188) q[0];
ry(pi*-0.540910570312) q[1];
ry(pi*-0.002203243084) q[2];
ry(pi*0.575926559621) q[3];
ry(pi*0.161665473985) q[4];
ry(pi*0.00676343) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001780360844) q[0];
ry(pi*0.020415345309) q[1];
ry(pi*0.038922746049) q[2];
ry(pi*0.399993939852) q[3];
ry(pi*0.024648473626) q[4];
ry(pi*-0.487832525199) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.124537884263) q[0];
ry(pi*-0.030954644991) q[1];
ry(pi*0.130399277504) q[2];
ry(pi*-0.09434104876) q[3];
ry(pi*-0.036086519482) q[4];
ry(pi*0.005417577984) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03109060133) q[0];
ry(pi*0.409825883325) q[1];
ry(pi*-0.023118176858) q[2];
ry(pi*0.003390247104) q[3];
ry(pi*-0.580798381774) q[4];
ry(pi*0.630952650577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009815976128) q[0];
ry(pi*-0.166808454648) q[1];
ry(pi*-0.130615737582) q[2];
ry(pi*0.018461481948) q[3];
ry(pi*-0.0011776509) q[4];
ry(pi*0.00486714626) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
