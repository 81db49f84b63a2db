// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*1.095341803651) q[0];
rx(pi*0.178822112325) q[1];
rx(pi*0.81382872682) q[2];
rx(pi*1.363844584369) q[3];
rx(pi*1.672796656044) q[4];
rx(pi*1.032028985684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.899958730228) q[0];
rx(pi*1.471003725821) q[1];
rx(pi*1.579816987309) q[2];
rx(pi*0.270272748351) q[3];
rx(pi*1.010893192971) q[4];
rx(pi*0.071031733327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.337211855411) q[0];
rx(pi*0.650266869784) q[1];
rx(pi*1.759605628319) q[2];
rx(pi*0.261580687558) q[3];
rx(pi*0.148857104826) q[4];
rx(pi*0.790944405678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.316471009532) q[0];
rx(pi*1.09988623207) q[1];
rx(pi*0.867167267759) q[2];
rx(pi*0.046641350731) q[3];
rx(pi*0.486855959929) q[4];
rx(pi*0.30589410112) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.35711537828) q[0];
rx(pi*1.972952961888) q[1];
rx(pi*1.160533986113) q[2];
rx(pi*1.557297398269) q[3];
rx(pi*0.770652748455) q[4];
rx(pi*0.361774326204) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
