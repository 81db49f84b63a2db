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
rz(pi*0.002696467971) q[0];
rz(pi*-2.7854652e-05) q[1];
rz(pi*0.003405223717) q[2];
rz(pi*0.002257662408) q[3];
rz(pi*0.000316621808) q[4];
rz(pi*0.000528427412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003826305175) q[0];
rz(pi*-0.000492768763) q[1];
rz(pi*-0.00045288701) q[2];
rz(pi*0.000255248916) q[3];
rz(pi*0.002606130419) q[4];
rz(pi*0.002986317602) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006157694792) q[0];
rz(pi*-0.000187616722) q[1];
rz(pi*0.004101308928) q[2];
rz(pi*-0.001992086036) q[3];
rz(pi*0.002021322448) q[4];
rz(pi*0.000508236889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005640195312) q[0];
rz(pi*0.002063725798) q[1];
rz(pi*-0.001296937753) q[2];
rz(pi*0.001975075486) q[3];
rz(pi*0.001240928942) q[4];
rz(pi*-0.000866587366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000792762996) q[0];
rz(pi*-0.002857436616) q[1];
rz(pi*0.008926471462) q[2];
rz(pi*0.000582203813) q[3];
rz(pi*0.003255209461) q[4];
rz(pi*-0.003555494697) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
