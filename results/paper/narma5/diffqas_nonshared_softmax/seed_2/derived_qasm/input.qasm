// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.095365681485) q[0];
rx(pi*-0.001745175735) q[1];
rx(pi*-0.000994440117) q[2];
rx(pi*0.0003471404) q[3];
rx(pi*-0.000953973915) q[4];
rx(pi*0.006138903471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102181878254) q[0];
rx(pi*0.00279960027) q[1];
rx(pi*0.004018136256) q[2];
rx(pi*0.001576348667) q[3];
rx(pi*-0.00198491834) q[4];
rx(pi*-0.005297865875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098245004648) q[0];
rx(pi*-0.001829079599) q[1];
rx(pi*0.00394823087) q[2];
rx(pi*-0.002950385293) q[3];
rx(pi*-0.007483018888) q[4];
rx(pi*-0.000173905317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104710101234) q[0];
rx(pi*0.000255754344) q[1];
rx(pi*0.000213518969) q[2];
rx(pi*4.4459207e-05) q[3];
rx(pi*0.00526508571) q[4];
rx(pi*0.000664720221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098334812149) q[0];
rx(pi*-0.001069647126) q[1];
rx(pi*-0.005614874401) q[2];
rx(pi*0.004063609189) q[3];
rx(pi*0.003407785038) q[4];
rx(pi*-0.003395464609) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
