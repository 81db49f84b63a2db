// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.024409768001) q[0];
ry(pi*0.089419793113) q[1];
ry(pi*0.007294585708) q[2];
ry(pi*-0.077834056274) q[3];
ry(pi*-0.071824206026) q[4];
ry(pi*-0.02637602531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03026075469) q[0];
ry(pi*-0.112052270001) q[1];
ry(pi*-0.034115376691) q[2];
ry(pi*0.189227564016) q[3];
ry(pi*0.029218887595) q[4];
ry(pi*0.057384474642) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024192243077) q[0];
ry(pi*0.099349560074) q[1];
ry(pi*0.166091967804) q[2];
ry(pi*-0.011471428405) q[3];
ry(pi*-0.030310266447) q[4];
ry(pi*0.022604966404) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050075759573) q[0];
ry(pi*-0.243202526804) q[1];
ry(pi*-0.125641889478) q[2];
ry(pi*0.275776932184) q[3];
ry(pi*-0.489002270985) q[4];
ry(pi*0.022140805247) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009221992758) q[0];
ry(pi*0.027987964183) q[1];
ry(pi*-0.038722647594) q[2];
ry(pi*-0.011740198721) q[3];
ry(pi*-0.002241477469) q[4];
ry(pi*-0.004707118841) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
