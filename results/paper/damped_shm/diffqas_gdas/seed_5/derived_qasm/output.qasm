// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001516183713) q[0];
rz(pi*-0.002420078911) q[1];
rz(pi*-0.000451469649) q[2];
rz(pi*0.001067273161) q[3];
rz(pi*0.001036727778) q[4];
rz(pi*0.00401254226) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000707328862) q[0];
rz(pi*0.001372847865) q[1];
rz(pi*-0.00148001543) q[2];
rz(pi*-0.002406746109) q[3];
rz(pi*0.002942635222) q[4];
rz(pi*0.000989966551) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002249544444) q[0];
rz(pi*0.000286554672) q[1];
rz(pi*-0.004528989938) q[2];
rz(pi*-0.000347507885) q[3];
rz(pi*-0.001267472038) q[4];
rz(pi*0.004251356978) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006382608415) q[0];
rz(pi*-0.001242322698) q[1];
rz(pi*-0.006865838963) q[2];
rz(pi*-0.002675039735) q[3];
rz(pi*-0.00124583273) q[4];
rz(pi*0.0073444034) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006471354035) q[0];
rz(pi*-0.000250803049) q[1];
rz(pi*-0.000916081335) q[2];
rz(pi*0.001509795084) q[3];
rz(pi*-0.002357047442) q[4];
rz(pi*0.002594398739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
