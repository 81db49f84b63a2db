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
rz(pi*0.004851335736) q[0];
rz(pi*-0.002938586615) q[1];
rz(pi*-0.001442843371) q[2];
rz(pi*-0.002491611506) q[3];
rz(pi*-0.004460112639) q[4];
rz(pi*0.001981759526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351400403) q[0];
rz(pi*-0.002177852063) q[1];
rz(pi*0.00300097316) q[2];
rz(pi*0.002754047592) q[3];
rz(pi*-0.001978090819) q[4];
rz(pi*-0.004163632625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331930741) q[0];
rz(pi*-0.005086181) q[1];
rz(pi*-0.003216277976) q[2];
rz(pi*-0.001234302043) q[3];
rz(pi*-0.000503376345) q[4];
rz(pi*-0.001767353544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462704295) q[0];
rz(pi*0.004399254586) q[1];
rz(pi*0.001996155691) q[2];
rz(pi*0.004390209328) q[3];
rz(pi*0.002852163971) q[4];
rz(pi*0.000738427641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863785246) q[0];
rz(pi*-0.004252950985) q[1];
rz(pi*-6.5494235e-05) q[2];
rz(pi*-0.001300634771) q[3];
rz(pi*-0.002974742447) q[4];
rz(pi*0.001304134057) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
