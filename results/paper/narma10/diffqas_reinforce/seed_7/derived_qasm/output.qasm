// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002811974948) q[0];
rz(pi*0.003133253232) q[1];
rz(pi*0.00539009418) q[2];
rz(pi*-0.004566943734) q[3];
rz(pi*0.004962330164) q[4];
rz(pi*-0.00089573966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004731127667) q[0];
rz(pi*-0.001211053979) q[1];
rz(pi*-0.005020360388) q[2];
rz(pi*0.001597805066) q[3];
rz(pi*0.002949382109) q[4];
rz(pi*0.006671655855) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005486370795) q[0];
rz(pi*0.002213034504) q[1];
rz(pi*-0.000756639033) q[2];
rz(pi*-0.001657279442) q[3];
rz(pi*-0.000938603099) q[4];
rz(pi*-0.002644947475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000873929671) q[0];
rz(pi*-0.008099485556) q[1];
rz(pi*0.00056935515) q[2];
rz(pi*-9.2108716e-05) q[3];
rz(pi*0.008167428745) q[4];
rz(pi*0.002415150296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001528591) q[0];
rz(pi*0.00179760722) q[1];
rz(pi*-0.003901734891) q[2];
rz(pi*-0.001918425381) q[3];
rz(pi*-0.005944738743) q[4];
rz(pi*0.00457175718) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
