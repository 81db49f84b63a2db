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
ry(pi*0.010355912661) q[0];
ry(pi*-0.005795369265) q[1];
ry(pi*-0.00572356868) q[2];
ry(pi*-0.030808099488) q[3];
ry(pi*-0.00451028192) q[4];
ry(pi*-0.010644218978) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00363843851) q[0];
ry(pi*-0.020337042407) q[1];
ry(pi*-0.000199448527) q[2];
ry(pi*0.064733312329) q[3];
ry(pi*-0.003796745338) q[4];
ry(pi*0.005141983408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001639666359) q[0];
ry(pi*-0.006519506276) q[1];
ry(pi*-0.003084533291) q[2];
ry(pi*-0.000256419186) q[3];
ry(pi*-0.001403966284) q[4];
ry(pi*-0.052512448532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007953907663) q[0];
ry(pi*0.01012959624) q[1];
ry(pi*0.000581597945) q[2];
ry(pi*-0.010977542881) q[3];
ry(pi*-0.008230854047) q[4];
ry(pi*-0.00241484599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058988212546) q[0];
ry(pi*0.018812848934) q[1];
ry(pi*0.05572074491) q[2];
ry(pi*-0.168335912619) q[3];
ry(pi*-0.317678454168) q[4];
ry(pi*0.002989608188) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
