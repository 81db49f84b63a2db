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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.028413705527) q[0];
rx(pi*0.095907780319) q[1];
rx(pi*-0.004745574525) q[2];
rx(pi*0.008090107683) q[3];
rx(pi*-0.003598511845) q[4];
rx(pi*0.001638494347) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.278603131654) q[0];
rx(pi*0.101219637409) q[1];
rx(pi*0.003465599743) q[2];
rx(pi*-0.001984899812) q[3];
rx(pi*0.001659163377) q[4];
rx(pi*-0.005157049548) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000552894216) q[0];
rx(pi*0.10198374585) q[1];
rx(pi*-0.005606742207) q[2];
rx(pi*0.003095872176) q[3];
rx(pi*0.004577966011) q[4];
rx(pi*-0.001508669467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.21914737843) q[0];
rx(pi*0.101093829119) q[1];
rx(pi*-2.5997989e-05) q[2];
rx(pi*0.000145811791) q[3];
rx(pi*-0.001787944163) q[4];
rx(pi*-0.004604621536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.025538608544) q[0];
rx(pi*0.100018719398) q[1];
rx(pi*-0.006474735928) q[2];
rx(pi*-0.004420594777) q[3];
rx(pi*-0.003169760949) q[4];
rx(pi*0.002370877685) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
