// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006529142653) q[0];
ry(pi*-0.003082547675) q[1];
ry(pi*0.090182469111) q[2];
ry(pi*-0.019985904279) q[3];
ry(pi*0.020175074432) q[4];
ry(pi*0.004483997549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.108974520356) q[0];
ry(pi*0.176088499864) q[1];
ry(pi*0.347427324125) q[2];
ry(pi*-0.000154199358) q[3];
ry(pi*-0.002277685772) q[4];
ry(pi*0.001018465397) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069477822602) q[0];
ry(pi*0.115769600457) q[1];
ry(pi*-0.121671604864) q[2];
ry(pi*-0.004534488181) q[3];
ry(pi*-0.050024068322) q[4];
ry(pi*-0.096040096261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024280528016) q[0];
ry(pi*0.247315192403) q[1];
ry(pi*0.175872267459) q[2];
ry(pi*-0.483247798664) q[3];
ry(pi*0.507470229755) q[4];
ry(pi*-0.014916344592) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03064972922) q[0];
ry(pi*-0.009423093805) q[1];
ry(pi*-0.001980405642) q[2];
ry(pi*0.015099054524) q[3];
ry(pi*0.095738742623) q[4];
ry(pi*0.002025227721) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
