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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.028061014005) q[0];
rx(pi*-0.037481699457) q[1];
rx(pi*0.0037137535) q[2];
rx(pi*0.001718256519) q[3];
rx(pi*0.000908768898) q[4];
rx(pi*-0.001069832036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019729532655) q[0];
rx(pi*-0.02378859787) q[1];
rx(pi*0.011655799639) q[2];
rx(pi*0.008674260798) q[3];
rx(pi*-0.001744554823) q[4];
rx(pi*0.001633962825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.116603196586) q[0];
rx(pi*-0.018869355706) q[1];
rx(pi*0.00309471217) q[2];
rx(pi*0.001639492491) q[3];
rx(pi*-0.002122151781) q[4];
rx(pi*-0.000575267124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004670153999) q[0];
rx(pi*-0.038988285034) q[1];
rx(pi*0.015394132926) q[2];
rx(pi*0.002145125555) q[3];
rx(pi*0.002084105345) q[4];
rx(pi*0.000815676888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.079184802073) q[0];
rx(pi*-0.037958598443) q[1];
rx(pi*0.000459448357) q[2];
rx(pi*0.007475480185) q[3];
rx(pi*0.004027721347) q[4];
rx(pi*-0.005922520469) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
