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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.161694919689) q[0];
ry(pi*0.170185053528) q[1];
ry(pi*0.113465274872) q[2];
ry(pi*0.121652651089) q[3];
ry(pi*-0.012794121812) q[4];
ry(pi*-0.065833983085) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.146461264192) q[0];
ry(pi*-0.301641853015) q[1];
ry(pi*0.18610191767) q[2];
ry(pi*-0.000404417383) q[3];
ry(pi*-0.033450704421) q[4];
ry(pi*-0.033693576936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.16611714464) q[0];
ry(pi*0.099166615354) q[1];
ry(pi*-0.029412926629) q[2];
ry(pi*0.254916984249) q[3];
ry(pi*-0.016896253979) q[4];
ry(pi*-0.023835711946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063773841506) q[0];
ry(pi*-0.039584088602) q[1];
ry(pi*-0.069242892554) q[2];
ry(pi*0.117637439008) q[3];
ry(pi*0.023153174462) q[4];
ry(pi*0.100062166991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.04537293717) q[0];
ry(pi*0.129937945657) q[1];
ry(pi*0.254562668186) q[2];
ry(pi*0.137453734038) q[3];
ry(pi*-0.491554143496) q[4];
ry(pi*-0.004790133209) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
