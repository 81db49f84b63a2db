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
rx(pi*0.183920469085) q[0];
rx(pi*0.002408345749) q[1];
rx(pi*0.002258871625) q[2];
rx(pi*-0.000648483699) q[3];
rx(pi*-0.001417026204) q[4];
rx(pi*-0.002411495818) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.182529292361) q[0];
rx(pi*-0.000941308197) q[1];
rx(pi*0.002668842464) q[2];
rx(pi*-0.001657097867) q[3];
rx(pi*0.000396570559) q[4];
rx(pi*0.006872069139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.179829470364) q[0];
rx(pi*-0.000395205336) q[1];
rx(pi*0.001999023392) q[2];
rx(pi*0.001457899283) q[3];
rx(pi*0.001969716722) q[4];
rx(pi*-0.004584884542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.186478944112) q[0];
rx(pi*0.001739880116) q[1];
rx(pi*8.996473e-05) q[2];
rx(pi*0.005594804199) q[3];
rx(pi*0.002757373752) q[4];
rx(pi*0.00062273642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.179006413596) q[0];
rx(pi*0.004214761512) q[1];
rx(pi*0.000838806223) q[2];
rx(pi*0.000724484524) q[3];
rx(pi*0.002291197481) q[4];
rx(pi*-0.000628005879) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
