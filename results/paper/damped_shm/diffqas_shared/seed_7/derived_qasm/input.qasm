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
rz(pi*-0.000567356267) q[0];
rz(pi*-0.002353839417) q[1];
rz(pi*0.005085829411) q[2];
rz(pi*0.004478624704) q[3];
rz(pi*0.000680265497) q[4];
rz(pi*-0.004240564153) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00444826979) q[0];
rz(pi*-0.002159952165) q[1];
rz(pi*0.003923154234) q[2];
rz(pi*0.002833249031) q[3];
rz(pi*0.00329774399) q[4];
rz(pi*0.003882629334) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002142961773) q[0];
rz(pi*0.000961901707) q[1];
rz(pi*-0.001424528888) q[2];
rz(pi*-3.5649388e-05) q[3];
rz(pi*0.002263571975) q[4];
rz(pi*0.002141972522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002184717678) q[0];
rz(pi*0.000257847645) q[1];
rz(pi*-0.00198240786) q[2];
rz(pi*0.004757000566) q[3];
rz(pi*0.001476790952) q[4];
rz(pi*0.000104147906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000153501285) q[0];
rz(pi*0.000880804698) q[1];
rz(pi*-0.003829416706) q[2];
rz(pi*-0.000416367731) q[3];
rz(pi*-0.003372544344) q[4];
rz(pi*0.006479663506) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
