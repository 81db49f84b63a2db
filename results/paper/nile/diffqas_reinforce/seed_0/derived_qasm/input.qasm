// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.063383369021) q[0];
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
ry(pi*-0.006913514513) q[0];
ry(pi*-0.032321690753) q[1];
ry(pi*-0.118668190445) q[2];
ry(pi*-0.013329021673) q[3];
ry(pi*0.133939298146) q[4];
ry(pi*0.02284148542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.063639979284) q[0];
ry(pi*-0.053454042284) q[1];
ry(pi*-0.026784572601) q[2];
ry(pi*0.00890261501) q[3];
ry(pi*-0.022118635591) q[4];
ry(pi*0.026956942385) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006943366353) q[0];
ry(pi*0.0143362054) q[1];
ry(pi*-0.129142465778) q[2];
ry(pi*-0.325405048748) q[3];
ry(pi*0.274765817541) q[4];
ry(pi*0.034647092689) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003050066034) q[0];
ry(pi*0.056357906696) q[1];
ry(pi*0.077461630723) q[2];
ry(pi*0.074682991189) q[3];
ry(pi*-0.08952075659) q[4];
ry(pi*0.406976594022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.293412423703) q[0];
ry(pi*0.192657419399) q[1];
ry(pi*0.080034449147) q[2];
ry(pi*0.066860038766) q[3];
ry(pi*-0.113936975325) q[4];
ry(pi*0.00436161888) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
