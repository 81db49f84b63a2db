// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*-0.008667422308) q[0];
ry(pi*0.001454285568) q[1];
ry(pi*-0.005995467127) q[2];
ry(pi*0.077329898193) q[3];
ry(pi*-0.017932410277) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004840297747) q[0];
ry(pi*0.000781750428) q[1];
ry(pi*0.012718202362) q[2];
ry(pi*-0.003205766777) q[3];
ry(pi*1.6e-11) q[4];
ry(pi*1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000129308956) q[0];
ry(pi*2.4664354e-05) q[1];
ry(pi*0.000704426772) q[2];
ry(pi*1.0e-12) q[3];
ry(pi*0.004701773269) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.099886147324) q[0];
ry(pi*-0.001472076224) q[1];
ry(pi*1.0e-12) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001787067414) q[0];
ry(0) q[1];
ry(pi*0.000172435355) q[2];
ry(pi*-0.000390747593) q[3];
ry(pi*0.037452170747) q[4];
ry(pi*0.001183664668) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
