// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
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
rz(pi*0.001736496296) q[0];
rz(pi*-0.003322287611) q[1];
rz(pi*-0.005846301606) q[2];
rz(pi*-0.001888787874) q[3];
rz(pi*-0.004658041975) q[4];
rz(pi*0.001762657196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*7.1096866e-05) q[0];
rz(pi*0.00162297123) q[1];
rz(pi*0.000291454681) q[2];
rz(pi*-0.001125774072) q[3];
rz(pi*9.0158608e-05) q[4];
rz(pi*0.003351197928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00058273027) q[0];
rz(pi*-0.002425244983) q[1];
rz(pi*-0.003086671579) q[2];
rz(pi*-0.000704880043) q[3];
rz(pi*-0.002385370048) q[4];
rz(pi*0.00598723414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003750598576) q[0];
rz(pi*-0.003441695563) q[1];
rz(pi*-0.000972620568) q[2];
rz(pi*0.002069969462) q[3];
rz(pi*-0.000852674857) q[4];
rz(pi*-0.003048370345) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00256782118) q[0];
rz(pi*-0.001115753867) q[1];
rz(pi*0.003099061376) q[2];
rz(pi*-0.00311240989) q[3];
rz(pi*-0.000291332544) q[4];
rz(pi*-0.001951319382) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
