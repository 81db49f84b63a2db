// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.138235523653) q[0];
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
rz(pi*-0.002551836937) q[0];
rz(pi*-0.004215361822) q[1];
rz(pi*-0.000789949619) q[2];
rz(pi*0.001338300566) q[3];
rz(pi*0.003615708269) q[4];
rz(pi*0.000349002175) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00175903681) q[0];
rz(pi*-0.002497578139) q[1];
rz(pi*0.002383448909) q[2];
rz(pi*0.005203233367) q[3];
rz(pi*0.000868280016) q[4];
rz(pi*-0.003925708144) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003050118506) q[0];
rz(pi*0.005092929962) q[1];
rz(pi*0.000645945649) q[2];
rz(pi*-0.00551366665) q[3];
rz(pi*-0.000266372245) q[4];
rz(pi*-0.003702352361) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.0020030468) q[0];
rz(pi*-0.001553365703) q[1];
rz(pi*-0.002270183088) q[2];
rz(pi*0.00176113982) q[3];
rz(pi*-0.000200750736) q[4];
rz(pi*-0.001876396743) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001304190234) q[0];
rz(pi*0.002641334055) q[1];
rz(pi*-0.00523005016) q[2];
rz(pi*-0.000817071459) q[3];
rz(pi*-0.003121842903) q[4];
rz(pi*-0.000551068978) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
