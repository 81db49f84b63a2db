// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.225265330651) q[0];
ry(pi*-0.291220369353) q[1];
ry(pi*-0.033680459653) q[2];
ry(pi*0.007119667054) q[3];
ry(pi*0.036593274458) q[4];
ry(pi*-0.038094239359) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.082827588603) q[0];
ry(pi*-0.032358931885) q[1];
ry(pi*-0.488796416673) q[2];
ry(pi*-0.135914475017) q[3];
ry(pi*-0.502840651644) q[4];
ry(pi*-0.049463855257) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095682630722) q[0];
ry(pi*-0.196935925786) q[1];
ry(pi*0.004389707144) q[2];
ry(pi*-0.005271994754) q[3];
ry(pi*-0.052786192079) q[4];
ry(pi*-0.160016495565) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.31093017035) q[0];
ry(pi*0.007958826941) q[1];
ry(pi*0.481694348028) q[2];
ry(pi*-0.176831510609) q[3];
ry(pi*-0.113057209014) q[4];
ry(pi*-0.188090754919) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.054203110079) q[0];
ry(pi*0.049508370067) q[1];
ry(pi*0.007329487263) q[2];
ry(pi*0.39935998446) q[3];
ry(pi*0.444234289362) q[4];
ry(pi*-0.001464597997) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
