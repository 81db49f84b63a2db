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
rz(pi*-7.7101847e-05) q[0];
rz(pi*0.002127275905) q[1];
rz(pi*-0.001082081094) q[2];
rz(pi*0.003348785128) q[3];
rz(pi*-1.7417739e-05) q[4];
rz(pi*0.001856742014) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004109259398) q[0];
rz(pi*0.001103290773) q[1];
rz(pi*-0.005373934735) q[2];
rz(pi*-0.006478859536) q[3];
rz(pi*-0.000969382306) q[4];
rz(pi*-0.002864762468) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000522031373) q[0];
rz(pi*0.007145120181) q[1];
rz(pi*-0.002647616999) q[2];
rz(pi*-0.00198624658) q[3];
rz(pi*0.000653693497) q[4];
rz(pi*0.001569192236) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000561623236) q[0];
rz(pi*-0.00065556839) q[1];
rz(pi*0.002235944838) q[2];
rz(pi*0.001654849893) q[3];
rz(pi*-0.003290341654) q[4];
rz(pi*-0.000252063903) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000112291365) q[0];
rz(pi*-0.003356537571) q[1];
rz(pi*0.00082705483) q[2];
rz(pi*-0.00273101438) q[3];
rz(pi*0.003094153957) q[4];
rz(pi*0.000613528931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
