// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*0.002948620234) q[0];
rz(pi*-0.00201549648) q[1];
rz(pi*0.002476455542) q[2];
rz(pi*0.001135740842) q[3];
rz(pi*-0.002182582799) q[4];
rz(pi*0.003509663949) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002467937964) q[0];
rz(pi*-0.009735120799) q[1];
rz(pi*0.002527582354) q[2];
rz(pi*-0.001964799964) q[3];
rz(pi*0.004730213418) q[4];
rz(pi*-0.002067984735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003760376656) q[0];
rz(pi*0.004928899293) q[1];
rz(pi*-0.003423403759) q[2];
rz(pi*0.000647409664) q[3];
rz(pi*0.004614622546) q[4];
rz(pi*0.00036447382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000256506991) q[0];
rz(pi*0.000326031031) q[1];
rz(pi*0.002670788653) q[2];
rz(pi*-0.002568162986) q[3];
rz(pi*0.001943743031) q[4];
rz(pi*0.001836890887) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.007425253986) q[0];
rz(pi*-0.00107119259) q[1];
rz(pi*-0.002911990084) q[2];
rz(pi*0.002341755703) q[3];
rz(pi*-0.001264191976) q[4];
rz(pi*0.000920286097) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
