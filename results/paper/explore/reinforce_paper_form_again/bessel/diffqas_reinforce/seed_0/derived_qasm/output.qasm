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
ry(pi*0.014169608074) q[0];
ry(pi*0.312198593397) q[1];
ry(pi*-0.564400653342) q[2];
ry(pi*-0.00259844023) q[3];
ry(pi*0.000525372689) q[4];
ry(pi*-0.016509391353) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502100980102) q[0];
ry(pi*-0.229463506425) q[1];
ry(pi*-0.503557100543) q[2];
ry(pi*0.511382410329) q[3];
ry(pi*0.002681046388) q[4];
ry(pi*0.006480899106) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00019469465) q[0];
ry(pi*0.523747746857) q[1];
ry(pi*-0.002908743373) q[2];
ry(pi*0.012810438375) q[3];
ry(pi*-0.503120917073) q[4];
ry(pi*-0.003438827714) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006844191058) q[0];
ry(pi*0.003113808241) q[1];
ry(pi*0.022034453509) q[2];
ry(pi*0.005887709035) q[3];
ry(pi*0.428752906698) q[4];
ry(pi*-0.005567954203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009278761591) q[0];
ry(pi*-0.001815535133) q[1];
ry(pi*-0.14569258332) q[2];
ry(pi*-0.050551131253) q[3];
ry(pi*0.345972797396) q[4];
ry(pi*0.002712442728) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
