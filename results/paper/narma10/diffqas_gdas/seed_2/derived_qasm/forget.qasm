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
rz(pi*-0.00503822323) q[0];
rz(pi*0.001671577631) q[1];
rz(pi*0.000284251892) q[2];
rz(pi*0.000508416203) q[3];
rz(pi*0.002681366257) q[4];
rz(pi*-0.002693168195) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003932987453) q[0];
rz(pi*-0.00565434661) q[1];
rz(pi*-0.001066963668) q[2];
rz(pi*0.002419652321) q[3];
rz(pi*-0.000475629776) q[4];
rz(pi*0.002040774406) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003759410824) q[0];
rz(pi*-0.001493259594) q[1];
rz(pi*-0.002438052181) q[2];
rz(pi*-0.003973710085) q[3];
rz(pi*0.005918888374) q[4];
rz(pi*0.002712448361) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002424886428) q[0];
rz(pi*-0.002438308461) q[1];
rz(pi*-0.000182063247) q[2];
rz(pi*-0.004590200173) q[3];
rz(pi*0.001387280938) q[4];
rz(pi*-0.004119689963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001179124771) q[0];
rz(pi*-0.003262111688) q[1];
rz(pi*-0.001527404611) q[2];
rz(pi*-0.004237204791) q[3];
rz(pi*-0.005006448027) q[4];
rz(pi*-0.003075322022) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
