// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.161755196109) q[0];
ry(pi*0.118463607306) q[1];
ry(pi*0.321119142989) q[2];
ry(pi*-0.21945879711) q[3];
ry(pi*-0.026438089911) q[4];
ry(pi*-0.018763805567) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.315912489785) q[0];
ry(pi*0.436543116901) q[1];
ry(pi*0.148664151982) q[2];
ry(pi*0.241332990192) q[3];
ry(pi*-0.028534839406) q[4];
ry(pi*0.00404778147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.022035805318) q[0];
ry(pi*0.224276831524) q[1];
ry(pi*0.298442193981) q[2];
ry(pi*-0.046515547184) q[3];
ry(pi*0.002512480936) q[4];
ry(pi*-0.020799403525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.492381507077) q[0];
ry(pi*0.153476665325) q[1];
ry(pi*-0.579869286319) q[2];
ry(pi*-0.061859097579) q[3];
ry(pi*-0.03140051642) q[4];
ry(pi*0.004041020057) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.559638873126) q[0];
ry(pi*-0.475884475284) q[1];
ry(pi*0.458116421177) q[2];
ry(pi*-0.126552761609) q[3];
ry(pi*-0.511551343675) q[4];
ry(pi*-0.005564510057) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
