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
rx(pi*0.158976257754) q[0];
rx(pi*-0.130337037405) q[1];
rx(pi*-0.236445003258) q[2];
rx(pi*-0.01998286864) q[3];
rx(pi*-0.186899418146) q[4];
rx(pi*0.301620641484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.022354383839) q[0];
rx(pi*0.449342739624) q[1];
rx(pi*0.835864966139) q[2];
rx(pi*-0.280710472686) q[3];
rx(pi*-0.194286742052) q[4];
rx(pi*0.15122733225) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.018092910236) q[0];
rx(pi*-0.100421444427) q[1];
rx(pi*-0.549325666934) q[2];
rx(pi*0.809289383097) q[3];
rx(pi*0.024958360258) q[4];
rx(pi*-0.375344166592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.912020588802) q[0];
rx(pi*0.454951842752) q[1];
rx(pi*0.108479606746) q[2];
rx(pi*-0.002708060913) q[3];
rx(pi*-0.334398776229) q[4];
rx(pi*-0.034934081585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.242499301911) q[0];
rx(pi*-0.794675358567) q[1];
rx(pi*0.854329851323) q[2];
rx(pi*0.136715153429) q[3];
rx(pi*-0.112200598942) q[4];
rx(pi*-0.311794435925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
