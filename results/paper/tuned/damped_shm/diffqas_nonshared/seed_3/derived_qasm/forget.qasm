// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.117517806348) q[0];
rx(pi*0.015346484056) q[1];
rx(pi*0.01318387541) q[2];
rx(pi*0.003782830606) q[3];
rx(pi*0.062247213592) q[4];
rx(pi*-0.002833242509) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.036544685252) q[0];
rx(pi*-0.015300907959) q[1];
rx(pi*-0.065509942784) q[2];
rx(pi*0.04330072418) q[3];
rx(pi*0.075829561764) q[4];
rx(pi*0.000566581052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.281229946517) q[0];
rx(pi*-0.012503535208) q[1];
rx(pi*0.058787585225) q[2];
rx(pi*0.005269875143) q[3];
rx(pi*0.068329506534) q[4];
rx(pi*0.005532537419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.044421681546) q[0];
rx(pi*0.016355726326) q[1];
rx(pi*-0.055033841323) q[2];
rx(pi*0.044742842733) q[3];
rx(pi*0.076717277656) q[4];
rx(pi*-0.000856023029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.122788473603) q[0];
rx(pi*-0.00098379611) q[1];
rx(pi*0.01956077125) q[2];
rx(pi*0.006667869013) q[3];
rx(pi*0.070170764266) q[4];
rx(pi*-0.006077581772) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
