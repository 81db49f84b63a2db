// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.302901226062) q[0];
rz(pi*1.944342665492) q[1];
rz(pi*1.514886325201) q[2];
rz(pi*0.122013626587) q[3];
rz(pi*1.187648698753) q[4];
rz(pi*0.924907562055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.153444942891) q[0];
rz(pi*1.868322963594) q[1];
rz(pi*0.475109590322) q[2];
rz(pi*1.857809784642) q[3];
rz(pi*1.044838398345) q[4];
rz(pi*0.303290357117) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.054167222495) q[0];
rz(pi*0.393555727649) q[1];
rz(pi*0.696309630325) q[2];
rz(pi*1.134489260552) q[3];
rz(pi*0.890312122672) q[4];
rz(pi*0.215429687492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.110753357748) q[0];
rz(pi*0.290342538262) q[1];
rz(pi*0.868204014584) q[2];
rz(pi*0.223986188002) q[3];
rz(pi*1.081211280623) q[4];
rz(pi*1.312926131235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.173840181199) q[0];
rz(pi*1.457640688383) q[1];
rz(pi*1.424503797952) q[2];
rz(pi*1.793740637061) q[3];
rz(pi*1.254488246952) q[4];
rz(pi*0.858160676755) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
