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
ry(pi*-0.252596806934) q[0];
ry(pi*-0.184538677096) q[1];
ry(pi*-0.129414791112) q[2];
ry(pi*-0.104867726822) q[3];
ry(pi*-0.116434946259) q[4];
ry(pi*1.682942e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.165974469578) q[0];
ry(pi*-0.246079971665) q[1];
ry(pi*-0.156974756195) q[2];
ry(pi*-0.056916236715) q[3];
ry(pi*-0.01461898116) q[4];
ry(pi*3.3884e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.110647176766) q[0];
ry(pi*-0.088360041831) q[1];
ry(pi*-0.122892586556) q[2];
ry(pi*-0.133812076386) q[3];
ry(pi*-0.104441333291) q[4];
ry(pi*-2.15248e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011635899598) q[0];
ry(pi*-0.038763009743) q[1];
ry(pi*-0.123972743027) q[2];
ry(pi*-0.17442679073) q[3];
ry(pi*-0.173184284456) q[4];
ry(pi*2.480064e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.047573007506) q[0];
ry(pi*-0.110242156034) q[1];
ry(pi*-0.000490933372) q[2];
ry(pi*-0.165385536517) q[3];
ry(pi*-0.169638657367) q[4];
ry(pi*0.00057534409) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
