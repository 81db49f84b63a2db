// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*0.096082595216) q[0];
rx(pi*-0.097933140108) q[1];
rx(pi*-0.004882626836) q[2];
rx(pi*-0.013609949962) q[3];
rx(pi*0.004177196658) q[4];
rx(pi*-0.001440666248) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.09201559702) q[0];
rx(pi*-0.114989270317) q[1];
rx(pi*-0.010497590469) q[2];
rx(pi*-0.017918059765) q[3];
rx(pi*-0.00591451812) q[4];
rx(pi*0.004489598957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.166746470681) q[0];
rx(pi*-0.102054561631) q[1];
rx(pi*0.003469570976) q[2];
rx(pi*-0.01444525601) q[3];
rx(pi*-0.001554924136) q[4];
rx(pi*0.004432495136) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.175183329044) q[0];
rx(pi*-0.095615391304) q[1];
rx(pi*-0.010229914644) q[2];
rx(pi*-0.01423189679) q[3];
rx(pi*-0.004291591654) q[4];
rx(pi*0.007458761637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.155839948724) q[0];
rx(pi*-0.10182303719) q[1];
rx(pi*0.002970829318) q[2];
rx(pi*-0.018535697408) q[3];
rx(pi*0.002980946239) q[4];
rx(pi*-0.003728163895) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
