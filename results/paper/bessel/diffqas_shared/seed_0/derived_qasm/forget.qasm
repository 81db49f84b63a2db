// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.132761432024) q[0];
rx(pi*0.011594515292) q[1];
rx(pi*0.021474778797) q[2];
rx(pi*-0.125826674555) q[3];
rx(pi*-0.196073007275) q[4];
rx(pi*0.071868929535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.282394873226) q[0];
rx(pi*-0.237403051125) q[1];
rx(pi*0.071606417855) q[2];
rx(pi*0.048228672464) q[3];
rx(pi*-0.161307173645) q[4];
rx(pi*-0.008616270001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.057221788074) q[0];
rx(pi*-0.030568857883) q[1];
rx(pi*-0.122641121758) q[2];
rx(pi*-0.194019567819) q[3];
rx(pi*0.054818875349) q[4];
rx(pi*-0.005678884302) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.188465068259) q[0];
rx(pi*-0.00598230004) q[1];
rx(pi*-0.042466886149) q[2];
rx(pi*0.094974804937) q[3];
rx(pi*0.168875895992) q[4];
rx(pi*0.135854473703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.063180345499) q[0];
rx(pi*-0.019953138344) q[1];
rx(pi*0.032265215998) q[2];
rx(pi*-0.028239886699) q[3];
rx(pi*0.012249263629) q[4];
rx(pi*0.000700943346) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
