// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.253053120489) q[0];
ry(pi*-0.185007398828) q[1];
ry(pi*-0.129949092146) q[2];
ry(pi*-0.104704048928) q[3];
ry(pi*-0.116735152046) q[4];
ry(pi*1.619037e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.165893190327) q[0];
ry(pi*-0.246497448005) q[1];
ry(pi*-0.15761961143) q[2];
ry(pi*-0.057224211842) q[3];
ry(pi*-0.014166200094) q[4];
ry(pi*2.82454e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.110883842821) q[0];
ry(pi*-0.089231943938) q[1];
ry(pi*-0.123049434261) q[2];
ry(pi*-0.133179629328) q[3];
ry(pi*-0.104242128926) q[4];
ry(pi*-1.54873e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011686931546) q[0];
ry(pi*-0.037893979636) q[1];
ry(pi*-0.123218585793) q[2];
ry(pi*-0.174486099539) q[3];
ry(pi*-0.173417763089) q[4];
ry(pi*2.205397e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.047604454836) q[0];
ry(pi*-0.110297385703) q[1];
ry(pi*-0.00100774283) q[2];
ry(pi*-0.165590840619) q[3];
ry(pi*-0.169618811873) q[4];
ry(pi*0.000575179524) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
