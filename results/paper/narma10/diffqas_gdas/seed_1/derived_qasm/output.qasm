// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005394319767) q[0];
rx(pi*-0.000988066015) q[1];
rx(pi*-0.001251377664) q[2];
rx(pi*4.855122e-05) q[3];
rx(pi*-0.003642616665) q[4];
rx(pi*-0.004348055144) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*6.5783241e-05) q[0];
rx(pi*-0.003264134657) q[1];
rx(pi*0.001306046747) q[2];
rx(pi*0.001075188132) q[3];
rx(pi*-0.003744176894) q[4];
rx(pi*-0.004489705975) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000149078096) q[0];
rx(pi*0.001276538343) q[1];
rx(pi*0.002594353975) q[2];
rx(pi*-0.004466213266) q[3];
rx(pi*-0.006213031182) q[4];
rx(pi*0.00029268602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002520919955) q[0];
rx(pi*0.003222913695) q[1];
rx(pi*-0.002571617212) q[2];
rx(pi*0.001928518735) q[3];
rx(pi*0.002961663999) q[4];
rx(pi*-0.007878055211) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001593138808) q[0];
rx(pi*0.004503101624) q[1];
rx(pi*0.001177365864) q[2];
rx(pi*0.001578252019) q[3];
rx(pi*0.002571900024) q[4];
rx(pi*-0.000904497584) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
