// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.059166290755) q[0];
rz(pi*0.046139611675) q[1];
rz(pi*-0.040269860939) q[2];
rz(pi*0.03707879893) q[3];
rz(pi*0.001000440694) q[4];
rz(pi*-0.00978816623) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.024388608644) q[0];
rz(pi*0.023699305005) q[1];
rz(pi*-0.001938863625) q[2];
rz(pi*-0.0491357121) q[3];
rz(pi*0.010362292247) q[4];
rz(pi*-0.002573847103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.015939533018) q[0];
rz(pi*0.054525343226) q[1];
rz(pi*-0.040657583267) q[2];
rz(pi*-0.001302896678) q[3];
rz(pi*-0.004482995551) q[4];
rz(pi*-0.008959416452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.043524370187) q[0];
rz(pi*0.065920337546) q[1];
rz(pi*0.007760988022) q[2];
rz(pi*0.031883202094) q[3];
rz(pi*0.015511712973) q[4];
rz(pi*0.001853995857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.013952457862) q[0];
rz(pi*0.001538073075) q[1];
rz(pi*-0.007870038632) q[2];
rz(pi*-0.00094997904) q[3];
rz(pi*0.004853186764) q[4];
rz(pi*0.000360672193) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
