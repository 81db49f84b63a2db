// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.002120346702) q[0];
rz(pi*0.003296804839) q[1];
rz(pi*-0.003520969928) q[2];
rz(pi*0.004532059966) q[3];
rz(pi*-0.002867006885) q[4];
rz(pi*-0.004814598271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003038488508) q[0];
rz(pi*0.000492899312) q[1];
rz(pi*-0.001024273874) q[2];
rz(pi*0.001402009867) q[3];
rz(pi*0.001577549879) q[4];
rz(pi*0.001012680562) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000810192355) q[0];
rz(pi*0.005774389556) q[1];
rz(pi*-0.007053853556) q[2];
rz(pi*-0.005520604747) q[3];
rz(pi*-0.001613472257) q[4];
rz(pi*-0.003995481016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.008135763229) q[0];
rz(pi*-0.002530781633) q[1];
rz(pi*-0.00238497251) q[2];
rz(pi*-0.007793974515) q[3];
rz(pi*0.00273330445) q[4];
rz(pi*0.004135202259) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003928902384) q[0];
rz(pi*-0.001618099384) q[1];
rz(pi*0.000469860097) q[2];
rz(pi*-0.003567649706) q[3];
rz(pi*0.000657107109) q[4];
rz(pi*-0.002145966878) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
