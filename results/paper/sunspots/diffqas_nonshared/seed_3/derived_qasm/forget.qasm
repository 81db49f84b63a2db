// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
rz(pi*0.002948651658) q[0];
rz(pi*-0.002015591492) q[1];
rz(pi*0.00247639892) q[2];
rz(pi*0.001135730911) q[3];
rz(pi*-0.002182617335) q[4];
rz(pi*0.003509707527) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002468007037) q[0];
rz(pi*-0.009735139179) q[1];
rz(pi*0.002527587393) q[2];
rz(pi*-0.001964824866) q[3];
rz(pi*0.004730090095) q[4];
rz(pi*-0.002067893132) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003760397407) q[0];
rz(pi*0.004928880024) q[1];
rz(pi*-0.003423326682) q[2];
rz(pi*0.000647477402) q[3];
rz(pi*0.004614651894) q[4];
rz(pi*0.000364442767) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000256489593) q[0];
rz(pi*0.000325976188) q[1];
rz(pi*0.002670800808) q[2];
rz(pi*-0.00256825281) q[3];
rz(pi*0.001943773713) q[4];
rz(pi*0.001836892962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.007425335806) q[0];
rz(pi*-0.001071149827) q[1];
rz(pi*-0.002912012021) q[2];
rz(pi*0.002341777789) q[3];
rz(pi*-0.001264213024) q[4];
rz(pi*0.000920267124) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
