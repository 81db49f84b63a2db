// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*4.7442125e-05) q[0];
ry(pi*4.1198136e-05) q[1];
ry(pi*0.11772473262) q[2];
ry(pi*0.010356634811) q[3];
ry(pi*-0.002921210247) q[4];
ry(pi*0.026696757238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.1431947e-05) q[0];
ry(pi*1.13767e-06) q[1];
ry(pi*-0.001252833526) q[2];
ry(pi*-0.0011303448) q[3];
ry(pi*-0.339037840713) q[4];
ry(pi*-0.005782696062) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-1.8288332e-05) q[0];
ry(pi*1.2548129e-05) q[1];
ry(pi*-0.18505388206) q[2];
ry(pi*-0.000174525415) q[3];
ry(pi*0.00691645944) q[4];
ry(pi*-0.002397004493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000180038128) q[0];
ry(pi*-3.7589576e-05) q[1];
ry(pi*0.001664321444) q[2];
ry(pi*0.001728959372) q[3];
ry(pi*0.300218232892) q[4];
ry(pi*-0.007200972985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001997663431) q[0];
ry(pi*4.2190763e-05) q[1];
ry(pi*-0.215448072084) q[2];
ry(pi*-0.014836724271) q[3];
ry(pi*-0.002376579144) q[4];
ry(pi*-0.000940688619) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
