// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.013826144422) q[0];
ry(pi*-0.138933058148) q[1];
ry(pi*-0.039938269484) q[2];
ry(pi*-0.034489011755) q[3];
ry(pi*0.13878064058) q[4];
ry(pi*0.035807840649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.062860882373) q[0];
ry(pi*-0.018782870807) q[1];
ry(pi*0.459743296346) q[2];
ry(pi*0.11286514789) q[3];
ry(pi*0.346923863292) q[4];
ry(pi*-0.017170967507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.079103100679) q[0];
ry(pi*-0.074540197547) q[1];
ry(pi*0.077576159715) q[2];
ry(pi*-0.237976179887) q[3];
ry(pi*-0.114313878444) q[4];
ry(pi*-0.056871755108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003757317893) q[0];
ry(pi*-0.037450588894) q[1];
ry(pi*0.069586673999) q[2];
ry(pi*-0.015555764135) q[3];
ry(pi*0.468737061772) q[4];
ry(pi*0.491844312699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.262960290907) q[0];
ry(pi*0.413574253197) q[1];
ry(pi*-0.040090985873) q[2];
ry(pi*-0.016825268629) q[3];
ry(pi*-0.013295303543) q[4];
ry(pi*-0.003038550466) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
