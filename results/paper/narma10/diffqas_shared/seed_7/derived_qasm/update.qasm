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
rz(pi*-0.004222497354) q[0];
rz(pi*0.002107092756) q[1];
rz(pi*0.019932080966) q[2];
rz(pi*0.024065011831) q[3];
rz(pi*0.031271769726) q[4];
rz(pi*0.012045426357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.045975108466) q[0];
rz(pi*0.078290270222) q[1];
rz(pi*0.013335100067) q[2];
rz(pi*-0.006167542834) q[3];
rz(pi*0.065037910307) q[4];
rz(pi*-0.040792636029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.02091701796) q[0];
rz(pi*0.062216122002) q[1];
rz(pi*0.087331320478) q[2];
rz(pi*-0.011004491298) q[3];
rz(pi*0.006033579227) q[4];
rz(pi*0.036859445507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.064578821988) q[0];
rz(pi*0.013666268192) q[1];
rz(pi*0.023515774502) q[2];
rz(pi*-0.009066750622) q[3];
rz(pi*0.017141456584) q[4];
rz(pi*-0.002038801684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.037267257604) q[0];
rz(pi*0.014910031411) q[1];
rz(pi*-0.036821118186) q[2];
rz(pi*0.007889916143) q[3];
rz(pi*0.005255542418) q[4];
rz(pi*0.00207883937) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
