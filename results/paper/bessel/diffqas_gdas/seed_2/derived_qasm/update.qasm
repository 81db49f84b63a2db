// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001273570442) q[0];
rx(pi*0.123673248719) q[1];
rx(pi*0.066594116735) q[2];
rx(pi*0.132139846864) q[3];
rx(pi*-0.005553603098) q[4];
rx(pi*-0.00272133235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.295274864508) q[0];
rx(pi*0.107442698653) q[1];
rx(pi*-0.191607296786) q[2];
rx(pi*0.013335225762) q[3];
rx(pi*-0.2749129512) q[4];
rx(pi*-9.465563e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.028099538169) q[0];
rx(pi*0.001775758026) q[1];
rx(pi*-0.494728360076) q[2];
rx(pi*0.062506518878) q[3];
rx(pi*0.003701315085) q[4];
rx(pi*-0.004089325562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004235777091) q[0];
rx(pi*0.503489329888) q[1];
rx(pi*0.085128546526) q[2];
rx(pi*0.28014491405) q[3];
rx(pi*-0.274651260091) q[4];
rx(pi*-0.001560750549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.044398966424) q[0];
rx(pi*-0.499825654362) q[1];
rx(pi*0.069076131588) q[2];
rx(pi*0.130803102952) q[3];
rx(pi*0.000356682469) q[4];
rx(pi*-0.004366137062) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
