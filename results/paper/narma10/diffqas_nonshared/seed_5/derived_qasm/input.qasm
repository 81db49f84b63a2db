// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.004425997267) q[0];
rz(pi*0.000900069596) q[1];
rz(pi*0.002123479429) q[2];
rz(pi*0.000539127597) q[3];
rz(pi*0.001883594381) q[4];
rz(pi*-0.001148805357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005416369064) q[0];
rz(pi*-0.002610767773) q[1];
rz(pi*0.005429604334) q[2];
rz(pi*-0.000472963808) q[3];
rz(pi*0.002839887417) q[4];
rz(pi*0.000575521218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00153516313) q[0];
rz(pi*0.004771562446) q[1];
rz(pi*0.000600774576) q[2];
rz(pi*-0.002768963433) q[3];
rz(pi*0.000906549012) q[4];
rz(pi*0.002180190751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007460147241) q[0];
rz(pi*0.00320066963) q[1];
rz(pi*0.003560636015) q[2];
rz(pi*-0.005334136432) q[3];
rz(pi*-0.00031150202) q[4];
rz(pi*0.002725600032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003435426849) q[0];
rz(pi*-0.001142087671) q[1];
rz(pi*-0.000889683055) q[2];
rz(pi*0.001911321421) q[3];
rz(pi*0.003640234992) q[4];
rz(pi*7.3051114e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
