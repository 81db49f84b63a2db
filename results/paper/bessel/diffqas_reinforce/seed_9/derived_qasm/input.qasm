// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.00128874538) q[0];
rz(pi*0.000868461814) q[1];
rz(pi*0.003224061249) q[2];
rz(pi*-0.002180522181) q[3];
rz(pi*0.00532397534) q[4];
rz(pi*0.000873173651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001187027291) q[0];
rz(pi*0.002839014078) q[1];
rz(pi*0.004861546039) q[2];
rz(pi*0.000532419545) q[3];
rz(pi*0.000458742956) q[4];
rz(pi*0.001199710129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002774303965) q[0];
rz(pi*-0.000395510308) q[1];
rz(pi*0.000191258507) q[2];
rz(pi*0.00083228738) q[3];
rz(pi*-0.000161875909) q[4];
rz(pi*0.001430009196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001938435701) q[0];
rz(pi*-0.005939537245) q[1];
rz(pi*-0.001407789144) q[2];
rz(pi*-0.000953321801) q[3];
rz(pi*0.00619585966) q[4];
rz(pi*0.003573539558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001435041124) q[0];
rz(pi*-0.001352632995) q[1];
rz(pi*-0.003538653419) q[2];
rz(pi*-0.001928085919) q[3];
rz(pi*0.001720985779) q[4];
rz(pi*-0.000306610034) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
