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
ry(pi*-0.217638456833) q[0];
ry(pi*-0.487745819742) q[1];
ry(pi*-0.067195998696) q[2];
ry(pi*-0.119162923814) q[3];
ry(pi*0.118922482182) q[4];
ry(pi*-0.011140416805) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006835238292) q[0];
ry(pi*-0.072988919291) q[1];
ry(pi*0.481145807947) q[2];
ry(pi*-0.174418196075) q[3];
ry(pi*0.040540929328) q[4];
ry(pi*-0.023435258903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.176376506174) q[0];
ry(pi*-0.005791791716) q[1];
ry(pi*0.001222938923) q[2];
ry(pi*0.327636509495) q[3];
ry(pi*-0.360410754827) q[4];
ry(pi*0.113611905752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019431679488) q[0];
ry(pi*-0.024223014503) q[1];
ry(pi*0.104506352897) q[2];
ry(pi*0.023037566396) q[3];
ry(pi*-0.055207109942) q[4];
ry(pi*0.05705312509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.059079504664) q[0];
ry(pi*-0.126478141792) q[1];
ry(pi*0.040464032782) q[2];
ry(pi*0.002677112507) q[3];
ry(pi*-0.024414259799) q[4];
ry(pi*0.00263120409) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
