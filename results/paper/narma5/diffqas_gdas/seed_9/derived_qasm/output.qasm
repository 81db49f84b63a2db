// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.000817066938) q[0];
rx(pi*-3.0880956e-05) q[1];
rx(pi*0.011888216984) q[2];
rx(pi*-0.001396820228) q[3];
rx(pi*0.001657004634) q[4];
rx(pi*0.000289511957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000281980054) q[0];
rx(pi*0.009480660086) q[1];
rx(pi*-0.013905423234) q[2];
rx(pi*0.000461179583) q[3];
rx(pi*0.001706117518) q[4];
rx(pi*-0.000269287341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.037664008589) q[0];
rx(pi*0.001639735135) q[1];
rx(pi*-0.05603306954) q[2];
rx(pi*0.005861074854) q[3];
rx(pi*-0.004342223099) q[4];
rx(pi*-0.002163670379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002548609198) q[0];
rx(pi*0.004647441249) q[1];
rx(pi*0.021267188478) q[2];
rx(pi*0.000979376942) q[3];
rx(pi*0.007113039636) q[4];
rx(pi*-0.002913648124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002569648493) q[0];
rx(pi*0.009089031743) q[1];
rx(pi*0.010198144778) q[2];
rx(pi*0.00178001222) q[3];
rx(pi*-0.002190860105) q[4];
rx(pi*0.0004370335) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
