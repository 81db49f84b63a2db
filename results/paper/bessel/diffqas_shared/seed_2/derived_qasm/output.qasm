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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004123038949) q[0];
ry(pi*-0.343096339118) q[1];
ry(pi*-0.486262454436) q[2];
ry(pi*-0.000300515965) q[3];
ry(pi*-0.000478037944) q[4];
ry(pi*-0.003275577595) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500039363392) q[0];
ry(pi*0.28356004658) q[1];
ry(pi*0.019088479084) q[2];
ry(pi*0.498743638561) q[3];
ry(pi*-0.49789673305) q[4];
ry(pi*0.005918572952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.5033236978) q[0];
ry(pi*-0.00760692931) q[1];
ry(pi*-0.000215350451) q[2];
ry(pi*0.00104510306) q[3];
ry(pi*-0.000129959283) q[4];
ry(pi*-0.219722745976) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095415655703) q[0];
ry(pi*4.8059573e-05) q[1];
ry(pi*-0.014253939566) q[2];
ry(pi*-4.49947e-07) q[3];
ry(pi*-0.001237132243) q[4];
ry(pi*0.515582786941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.9243229e-05) q[0];
ry(pi*-0.000845238355) q[1];
ry(pi*-0.128700040275) q[2];
ry(pi*-0.144275973627) q[3];
ry(pi*0.225396356447) q[4];
ry(pi*0.000145720031) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
