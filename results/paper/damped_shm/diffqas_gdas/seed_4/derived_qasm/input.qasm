// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001093809958) q[0];
rz(pi*0.000668664329) q[1];
rz(pi*-0.004724684641) q[2];
rz(pi*0.003136214167) q[3];
rz(pi*0.00056868032) q[4];
rz(pi*0.003205052335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003053019557) q[0];
rz(pi*-0.003119167449) q[1];
rz(pi*-0.002539565126) q[2];
rz(pi*-0.000647250026) q[3];
rz(pi*0.002380818812) q[4];
rz(pi*0.00270873652) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002259069208) q[0];
rz(pi*-0.001932717344) q[1];
rz(pi*-0.002539526588) q[2];
rz(pi*-0.001859647809) q[3];
rz(pi*-0.000757309601) q[4];
rz(pi*-0.000419738099) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006551180686) q[0];
rz(pi*-0.001611881807) q[1];
rz(pi*-0.000918988168) q[2];
rz(pi*0.001459732229) q[3];
rz(pi*-0.003033789788) q[4];
rz(pi*-0.001173288799) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*4.2373233e-05) q[0];
rz(pi*0.002464149047) q[1];
rz(pi*-0.004189027352) q[2];
rz(pi*0.004365502661) q[3];
rz(pi*-0.001121870577) q[4];
rz(pi*0.000539237061) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
