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
rz(pi*-0.078559133029) q[0];
rz(pi*-0.006038490204) q[1];
rz(pi*-0.020301217116) q[2];
rz(pi*0.033171228733) q[3];
rz(pi*0.059324528214) q[4];
rz(pi*0.017785198356) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009402071407) q[0];
rz(pi*0.100661478145) q[1];
rz(pi*0.010594925408) q[2];
rz(pi*-0.018696170093) q[3];
rz(pi*0.192322360674) q[4];
rz(pi*-0.053218846617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.019108635257) q[0];
rz(pi*-0.062192600538) q[1];
rz(pi*0.18775725196) q[2];
rz(pi*0.00983641037) q[3];
rz(pi*0.05256444809) q[4];
rz(pi*0.050812442907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.015865938915) q[0];
rz(pi*0.070091994161) q[1];
rz(pi*0.034164916907) q[2];
rz(pi*-0.003814257777) q[3];
rz(pi*0.008540639886) q[4];
rz(pi*-0.004505532507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000168336167) q[0];
rz(pi*-0.00768472054) q[1];
rz(pi*-0.022605673139) q[2];
rz(pi*-0.002177577996) q[3];
rz(pi*0.076428872918) q[4];
rz(pi*-0.000551170771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
