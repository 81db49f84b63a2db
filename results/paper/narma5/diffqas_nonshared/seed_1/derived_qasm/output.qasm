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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.067735194699) q[0];
rx(pi*-0.060021990136) q[1];
rx(pi*0.003501749942) q[2];
rx(pi*0.004878627737) q[3];
rx(pi*0.000702577448) q[4];
rx(pi*-0.001069593469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.030627533477) q[0];
rx(pi*-0.044691032902) q[1];
rx(pi*0.005801834228) q[2];
rx(pi*0.010957228997) q[3];
rx(pi*-0.001883545022) q[4];
rx(pi*0.00163410927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.163222814034) q[0];
rx(pi*-0.04655724454) q[1];
rx(pi*0.002369972329) q[2];
rx(pi*0.005126636234) q[3];
rx(pi*-0.002328412377) q[4];
rx(pi*-0.000575224992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008869999671) q[0];
rx(pi*-0.061492785996) q[1];
rx(pi*0.010403387219) q[2];
rx(pi*0.004773733344) q[3];
rx(pi*0.001945010944) q[4];
rx(pi*0.000815718983) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.127615984903) q[0];
rx(pi*-0.060346428864) q[1];
rx(pi*0.000247320049) q[2];
rx(pi*0.010635681241) q[3];
rx(pi*0.003821279769) q[4];
rx(pi*-0.005922515133) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
