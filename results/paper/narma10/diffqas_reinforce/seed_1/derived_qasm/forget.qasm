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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010355901989) q[0];
ry(pi*-0.005795403653) q[1];
ry(pi*-0.005723582316) q[2];
ry(pi*-0.030808149292) q[3];
ry(pi*-0.004510313047) q[4];
ry(pi*-0.010644222535) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003638433174) q[0];
ry(pi*-0.020337049522) q[1];
ry(pi*-0.000199431055) q[2];
ry(pi*0.064733226952) q[3];
ry(pi*-0.003796766682) q[4];
ry(pi*0.005141982222) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001639666359) q[0];
ry(pi*-0.006519508648) q[1];
ry(pi*-0.003084544556) q[2];
ry(pi*-0.000256411145) q[3];
ry(pi*-0.001403966728) q[4];
ry(pi*-0.052512586084) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007953941459) q[0];
ry(pi*0.010129542879) q[1];
ry(pi*0.000581595796) q[2];
ry(pi*-0.010977536952) q[3];
ry(pi*-0.008230858198) q[4];
ry(pi*-0.002414844212) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058988350098) q[0];
ry(pi*0.018812897552) q[1];
ry(pi*0.055720706965) q[2];
ry(pi*-0.168335855701) q[3];
ry(pi*-0.317678226495) q[4];
ry(pi*0.002989609077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
