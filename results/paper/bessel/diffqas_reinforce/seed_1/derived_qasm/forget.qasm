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
ry(pi*0.250407674387) q[0];
ry(pi*0.344422875691) q[1];
ry(pi*-0.032366094097) q[2];
ry(pi*-0.000413706692) q[3];
ry(pi*0.00544629383) q[4];
ry(pi*0.02935177272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.184571291249) q[0];
ry(pi*-0.001680231575) q[1];
ry(pi*-0.056252792931) q[2];
ry(pi*0.024177864106) q[3];
ry(pi*0.009908023006) q[4];
ry(pi*0.00089473781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.211806936183) q[0];
ry(pi*0.181447181696) q[1];
ry(pi*-0.103271606477) q[2];
ry(pi*0.492473107503) q[3];
ry(pi*-0.004132262373) q[4];
ry(pi*-0.002082925477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.44251182949) q[0];
ry(pi*-0.510992254746) q[1];
ry(pi*-0.012192970301) q[2];
ry(pi*0.023559549374) q[3];
ry(pi*-0.492939988878) q[4];
ry(pi*0.022578639345) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01911617811) q[0];
ry(pi*0.508433779719) q[1];
ry(pi*0.409083593545) q[2];
ry(pi*-0.011729198085) q[3];
ry(pi*0.010686057444) q[4];
ry(pi*0.001809467559) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
