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
rx(pi*-0.047176197231) q[0];
rx(pi*-0.15381690361) q[1];
rx(pi*0.037521985715) q[2];
rx(pi*-0.002057578035) q[3];
rx(pi*0.093299852825) q[4];
rx(pi*0.003754491547) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.449627900022) q[0];
rx(pi*-0.034184733942) q[1];
rx(pi*0.023016134306) q[2];
rx(pi*0.000109376732) q[3];
rx(pi*0.10652110692) q[4];
rx(pi*2.1263473e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.052546158362) q[0];
rx(pi*-0.062992771429) q[1];
rx(pi*0.023541567952) q[2];
rx(pi*-0.00037355606) q[3];
rx(pi*0.096392183027) q[4];
rx(pi*-0.000330452312) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.050817058028) q[0];
rx(pi*0.002782789823) q[1];
rx(pi*0.04215368403) q[2];
rx(pi*0.002385919961) q[3];
rx(pi*0.10913929867) q[4];
rx(pi*-0.003147004917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005815387292) q[0];
rx(pi*-0.25200288404) q[1];
rx(pi*0.042943661812) q[2];
rx(pi*0.000734418166) q[3];
rx(pi*0.093363468448) q[4];
rx(pi*-0.001101595825) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
