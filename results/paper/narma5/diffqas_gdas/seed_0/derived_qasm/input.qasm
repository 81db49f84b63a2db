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
rx(pi*0.09486068386) q[0];
rx(pi*-0.002292145377) q[1];
rx(pi*-0.000506782324) q[2];
rx(pi*0.001721594241) q[3];
rx(pi*0.000683295578) q[4];
rx(pi*0.001131192496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098909420786) q[0];
rx(pi*-0.002038900847) q[1];
rx(pi*0.002495476018) q[2];
rx(pi*0.004753774606) q[3];
rx(pi*-0.004007696798) q[4];
rx(pi*0.004818972378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102344332406) q[0];
rx(pi*0.000860671426) q[1];
rx(pi*0.000841799249) q[2];
rx(pi*-0.00099924089) q[3];
rx(pi*0.004641003558) q[4];
rx(pi*0.006239676628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.106739796296) q[0];
rx(pi*0.00255974205) q[1];
rx(pi*0.001137556667) q[2];
rx(pi*-0.003846216481) q[3];
rx(pi*-1.4196296e-05) q[4];
rx(pi*0.002089610999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.093973584582) q[0];
rx(pi*-0.000368638079) q[1];
rx(pi*0.00136829648) q[2];
rx(pi*0.002215571664) q[3];
rx(pi*-0.003769162817) q[4];
rx(pi*-0.002106265514) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
