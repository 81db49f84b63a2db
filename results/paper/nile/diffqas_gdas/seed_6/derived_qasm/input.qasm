// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.283426744055) q[0];
rx(pi*0.120011318686) q[1];
rx(pi*-0.010699837587) q[2];
rx(pi*-0.036870409384) q[3];
rx(pi*0.002436079311) q[4];
rx(pi*0.006718864201) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.323696856382) q[0];
rx(pi*0.064761126378) q[1];
rx(pi*-0.039380316548) q[2];
rx(pi*-0.035340181391) q[3];
rx(pi*0.011482900989) q[4];
rx(pi*0.005263660975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.288593118116) q[0];
rx(pi*0.08315672783) q[1];
rx(pi*-0.002603027781) q[2];
rx(pi*-0.043103516698) q[3];
rx(pi*0.010459810985) q[4];
rx(pi*-0.006218126551) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.334290365948) q[0];
rx(pi*0.113411449187) q[1];
rx(pi*-0.038800395542) q[2];
rx(pi*-0.027973253189) q[3];
rx(pi*0.008898806824) q[4];
rx(pi*-0.00466884399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.267006703672) q[0];
rx(pi*0.11786179175) q[1];
rx(pi*-0.012951581388) q[2];
rx(pi*-0.028652254627) q[3];
rx(pi*0.009577774466) q[4];
rx(pi*0.000167812286) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
