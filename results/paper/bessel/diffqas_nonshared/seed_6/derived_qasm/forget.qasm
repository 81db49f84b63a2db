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
ry(pi*-0.007015802525) q[0];
ry(pi*0.019201726229) q[1];
ry(pi*0.413504850885) q[2];
ry(pi*-0.010210539911) q[3];
ry(pi*0.000990285679) q[4];
ry(pi*0.031056507302) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004580908566) q[0];
ry(pi*0.019220714392) q[1];
ry(pi*-0.010560648767) q[2];
ry(pi*-0.001114732155) q[3];
ry(pi*-0.135216031257) q[4];
ry(pi*0.200845051748) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002990113041) q[0];
ry(pi*-0.012478472208) q[1];
ry(pi*0.002587179608) q[2];
ry(pi*-0.040950437114) q[3];
ry(pi*-0.156457426284) q[4];
ry(pi*-0.024509194686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004974587448) q[0];
ry(pi*-0.010242388039) q[1];
ry(pi*0.020875856584) q[2];
ry(pi*0.310057253201) q[3];
ry(pi*0.220069112458) q[4];
ry(pi*0.013428903703) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.513140273348) q[0];
ry(pi*0.363716300767) q[1];
ry(pi*0.077878533138) q[2];
ry(pi*0.068927214491) q[3];
ry(pi*0.007341420529) q[4];
ry(pi*-0.000860479771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
