// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*-0.117778112446) q[0];
rx(pi*-0.204255289309) q[1];
rx(pi*0.190276358536) q[2];
rx(pi*-0.023843334247) q[3];
rx(pi*0.000488208226) q[4];
rx(pi*-0.004282411512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.107207540932) q[0];
rx(pi*-0.20968322167) q[1];
rx(pi*0.190363728039) q[2];
rx(pi*-0.025206030506) q[3];
rx(pi*0.003288440822) q[4];
rx(pi*0.004835792312) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.110435896247) q[0];
rx(pi*-0.191734319332) q[1];
rx(pi*0.202763082703) q[2];
rx(pi*-0.019486029296) q[3];
rx(pi*0.004241228199) q[4];
rx(pi*-0.000636959904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.10846772032) q[0];
rx(pi*-0.18858156093) q[1];
rx(pi*0.199294105515) q[2];
rx(pi*-0.022303790636) q[3];
rx(pi*0.000121783557) q[4];
rx(pi*-0.005563053898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.114782638122) q[0];
rx(pi*-0.208816375801) q[1];
rx(pi*0.196095243335) q[2];
rx(pi*-0.019314713685) q[3];
rx(pi*0.004262266012) q[4];
rx(pi*0.002288705974) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
