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
rx(pi*-0.002149461569) q[0];
rx(pi*0.002102346604) q[1];
rx(pi*-0.006230922483) q[2];
rx(pi*-0.002391332679) q[3];
rx(pi*-0.001163951317) q[4];
rx(pi*-0.004282268624) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001224899193) q[0];
rx(pi*0.002504665646) q[1];
rx(pi*0.000935008504) q[2];
rx(pi*-0.003009032131) q[3];
rx(pi*0.001685344435) q[4];
rx(pi*0.004836006349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001713713287) q[0];
rx(pi*0.000559404536) q[1];
rx(pi*0.00629933999) q[2];
rx(pi*0.001946943644) q[3];
rx(pi*0.002589005735) q[4];
rx(pi*-0.000637096493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000202102915) q[0];
rx(pi*0.004023493092) q[1];
rx(pi*0.002085485168) q[2];
rx(pi*-0.000162584034) q[3];
rx(pi*-0.001481280675) q[4];
rx(pi*-0.005563141647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002871665288) q[0];
rx(pi*-0.001834318153) q[1];
rx(pi*-0.000412142701) q[2];
rx(pi*0.002137283289) q[3];
rx(pi*0.002610038508) q[4];
rx(pi*0.002288659283) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
