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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.205736586586) q[0];
ry(pi*0.27939890561) q[1];
ry(pi*0.066874548175) q[2];
ry(pi*0.563940108864) q[3];
ry(pi*-0.054575772789) q[4];
ry(pi*-0.195979035256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.119157554526) q[0];
ry(pi*-0.002394413231) q[1];
ry(pi*0.027949022619) q[2];
ry(pi*0.014155211316) q[3];
ry(pi*0.002758414289) q[4];
ry(pi*-0.210635122367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.091529401388) q[0];
ry(pi*-0.01301958683) q[1];
ry(pi*0.000486580905) q[2];
ry(pi*0.026616789478) q[3];
ry(pi*-2.3710504e-05) q[4];
ry(pi*0.000903925511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00923740278) q[0];
ry(pi*-0.005022219717) q[1];
ry(pi*-0.000430143058) q[2];
ry(pi*0.021534030688) q[3];
ry(pi*0.243421718958) q[4];
ry(pi*0.088579395254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.217748973088) q[0];
ry(pi*0.215549500393) q[1];
ry(pi*0.429370811145) q[2];
ry(pi*-0.037167377946) q[3];
ry(pi*-0.222627018302) q[4];
ry(pi*-0.001212566018) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
