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
rz(pi*0.020365418523) q[0];
rz(pi*0.049874515638) q[1];
rz(pi*0.077276186344) q[2];
rz(pi*0.082618878892) q[3];
rz(pi*0.180351752162) q[4];
rz(pi*0.057961639857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.015202001839) q[0];
rz(pi*-0.056067030758) q[1];
rz(pi*0.032287473402) q[2];
rz(pi*-0.056616491018) q[3];
rz(pi*0.037238777138) q[4];
rz(pi*0.016839397397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005088945092) q[0];
rz(pi*0.163925621527) q[1];
rz(pi*-0.118125237838) q[2];
rz(pi*0.070069307498) q[3];
rz(pi*-0.066680641951) q[4];
rz(pi*0.082232081485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.051806396699) q[0];
rz(pi*-0.080738062982) q[1];
rz(pi*-0.061230127277) q[2];
rz(pi*0.032292496437) q[3];
rz(pi*0.1346142157) q[4];
rz(pi*-0.010196198885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.013194923478) q[0];
rz(pi*0.073447092175) q[1];
rz(pi*0.083951372908) q[2];
rz(pi*0.064511511423) q[3];
rz(pi*-0.102573940599) q[4];
rz(pi*-0.002454338506) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
