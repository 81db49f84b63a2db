// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.004865762732) q[0];
rz(pi*-0.001515870514) q[1];
rz(pi*-0.00310968908) q[2];
rz(pi*-0.002569436235) q[3];
rz(pi*0.003381965203) q[4];
rz(pi*-0.002565393261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-9.8524247e-05) q[0];
rz(pi*0.002819905853) q[1];
rz(pi*-0.00185291856) q[2];
rz(pi*-0.00035095533) q[3];
rz(pi*0.0003562113) q[4];
rz(pi*0.000206448045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003895978145) q[0];
rz(pi*0.000244696696) q[1];
rz(pi*0.004327730588) q[2];
rz(pi*-0.00492232405) q[3];
rz(pi*0.002738000205) q[4];
rz(pi*0.000382275186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002039461136) q[0];
rz(pi*0.006369947664) q[1];
rz(pi*0.002428987654) q[2];
rz(pi*-0.003814773006) q[3];
rz(pi*0.00023865308) q[4];
rz(pi*0.001837183927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000599874963) q[0];
rz(pi*0.002175186244) q[1];
rz(pi*-0.000211521198) q[2];
rz(pi*0.002124155037) q[3];
rz(pi*0.004578996172) q[4];
rz(pi*-0.002150546277) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
