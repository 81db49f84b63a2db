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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.260639829) q[0];
ry(pi*-0.219888966219) q[1];
ry(pi*0.023449941439) q[2];
ry(pi*-0.108490677345) q[3];
ry(pi*-0.488125388532) q[4];
ry(pi*-0.048745717784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.24730060236) q[0];
ry(pi*0.269057657697) q[1];
ry(pi*-0.120734038078) q[2];
ry(pi*-0.217017972092) q[3];
ry(pi*0.149378305178) q[4];
ry(pi*0.046038795237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.167080884332) q[0];
ry(pi*-0.005993894168) q[1];
ry(pi*0.119861604734) q[2];
ry(pi*-0.323990554516) q[3];
ry(pi*0.086656108847) q[4];
ry(pi*0.01914949544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.068143260557) q[0];
ry(pi*0.637763980836) q[1];
ry(pi*0.149445174627) q[2];
ry(pi*0.228095798989) q[3];
ry(pi*-0.080770326139) q[4];
ry(pi*-0.000107261141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025114897284) q[0];
ry(pi*0.217724536189) q[1];
ry(pi*0.047769214177) q[2];
ry(pi*0.232816617043) q[3];
ry(pi*-0.023162558858) q[4];
ry(pi*-0.002097175048) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
