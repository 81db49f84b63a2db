// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002742054147) q[0];
rz(pi*-0.007134495442) q[1];
rz(pi*-0.000260938443) q[2];
rz(pi*0.004639304312) q[3];
rz(pi*-0.001650758598) q[4];
rz(pi*0.00493786362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004955900181) q[0];
rz(pi*-0.002746160858) q[1];
rz(pi*-0.007846723497) q[2];
rz(pi*-0.003931708868) q[3];
rz(pi*0.003779714036) q[4];
rz(pi*-0.002599866447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004808635788) q[0];
rz(pi*-0.004258014337) q[1];
rz(pi*5.68813e-07) q[2];
rz(pi*-8.31114e-05) q[3];
rz(pi*0.002775805183) q[4];
rz(pi*0.003148243778) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002967440904) q[0];
rz(pi*-0.000498981597) q[1];
rz(pi*-0.003609426214) q[2];
rz(pi*0.00022883144) q[3];
rz(pi*-0.003662498326) q[4];
rz(pi*-0.003820519377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006759062118) q[0];
rz(pi*0.000103094483) q[1];
rz(pi*0.002047301179) q[2];
rz(pi*0.008079018112) q[3];
rz(pi*0.00250140263) q[4];
rz(pi*-0.000363327192) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
