// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
ry(pi*-0.596607651463) q[0];
ry(pi*0.493728116817) q[1];
ry(pi*-0.008647602901) q[2];
ry(pi*-0.000160281309) q[3];
ry(pi*0.074137292277) q[4];
ry(pi*-0.286575062834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.498881949892) q[0];
ry(pi*-0.019772661267) q[1];
ry(pi*-0.012886175212) q[2];
ry(pi*-0.506947606447) q[3];
ry(pi*0.024757872861) q[4];
ry(pi*-0.218691121793) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002277541846) q[0];
ry(pi*-0.024560463793) q[1];
ry(pi*-0.003233835475) q[2];
ry(pi*0.044789207385) q[3];
ry(pi*-0.04534442113) q[4];
ry(pi*0.006513422546) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002293459685) q[0];
ry(pi*-0.443601889736) q[1];
ry(pi*0.432474942395) q[2];
ry(pi*0.036843814335) q[3];
ry(pi*-0.439145874321) q[4];
ry(pi*-0.010726232237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00272229907) q[0];
ry(pi*0.507407202287) q[1];
ry(pi*0.024975499764) q[2];
ry(pi*0.357822568478) q[3];
ry(pi*0.383842136175) q[4];
ry(pi*-0.00046294516) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
