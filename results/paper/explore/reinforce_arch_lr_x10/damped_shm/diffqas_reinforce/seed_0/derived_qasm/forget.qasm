// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
ry(pi*-3.6391847e-05) q[0];
ry(pi*0.000305924792) q[1];
ry(pi*9.9045126e-05) q[2];
ry(pi*-8.0032395e-05) q[3];
ry(pi*0.374139169441) q[4];
ry(pi*0.208557663413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.076073712568) q[0];
ry(pi*0.035132913609) q[1];
ry(pi*0.000143937529) q[2];
ry(pi*0.236783533995) q[3];
ry(pi*0.191252070031) q[4];
ry(pi*0.147957635317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.36487656018) q[0];
ry(pi*-0.076669162768) q[1];
ry(pi*-0.132689620174) q[2];
ry(pi*0.263281480553) q[3];
ry(pi*-0.002811151412) q[4];
ry(pi*0.000169068045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.49632688996) q[0];
ry(pi*0.408261011096) q[1];
ry(pi*-0.000300157058) q[2];
ry(pi*-0.001431201663) q[3];
ry(pi*-0.005137564536) q[4];
ry(pi*-0.000781627846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.431676303554) q[0];
ry(pi*0.002038284232) q[1];
ry(pi*-0.002742894284) q[2];
ry(pi*-0.001210517628) q[3];
ry(pi*-0.000801712352) q[4];
ry(pi*0.00180672155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
