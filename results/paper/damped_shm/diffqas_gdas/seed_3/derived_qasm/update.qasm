// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.00026683113) q[0];
rx(pi*-0.329514394117) q[1];
rx(pi*-0.001882462834) q[2];
rx(pi*-0.000911524763) q[3];
rx(pi*0.165502503506) q[4];
rx(pi*0.00467990362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.129699126196) q[0];
rx(pi*0.001309225127) q[1];
rx(pi*-0.00097406472) q[2];
rx(pi*-0.170051542303) q[3];
rx(pi*0.221211195978) q[4];
rx(pi*0.000797219072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000539244621) q[0];
rx(pi*0.001009492844) q[1];
rx(pi*-0.003219473402) q[2];
rx(pi*-0.000715094719) q[3];
rx(pi*0.165204346776) q[4];
rx(pi*0.000137373291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001073876196) q[0];
rx(pi*-0.500302249785) q[1];
rx(pi*0.326167563478) q[2];
rx(pi*0.150424984236) q[3];
rx(pi*0.231146465036) q[4];
rx(pi*0.000874742386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.4165e-08) q[0];
rx(pi*0.505024832304) q[1];
rx(pi*0.002961070804) q[2];
rx(pi*0.002653302302) q[3];
rx(pi*0.166907663146) q[4];
rx(pi*-0.001016928901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
