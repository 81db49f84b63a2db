// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.046767732946) q[0];
rx(pi*-0.000411942042) q[1];
rx(pi*0.002038533843) q[2];
rx(pi*0.000333899497) q[3];
rx(pi*-0.001705089729) q[4];
rx(pi*0.001150992411) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.050586705155) q[0];
rx(pi*0.003023189655) q[1];
rx(pi*-0.002240066667) q[2];
rx(pi*-0.004027966214) q[3];
rx(pi*-0.001983948951) q[4];
rx(pi*0.000131543878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038966523293) q[0];
rx(pi*-0.000687892764) q[1];
rx(pi*-0.003965863371) q[2];
rx(pi*-0.002330876167) q[3];
rx(pi*-0.001732433016) q[4];
rx(pi*-0.001006817612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.047746423163) q[0];
rx(pi*0.003326962318) q[1];
rx(pi*-0.000409136113) q[2];
rx(pi*0.004349588972) q[3];
rx(pi*-0.002117379098) q[4];
rx(pi*0.001118895043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.049243396672) q[0];
rx(pi*0.00030779672) q[1];
rx(pi*-0.002366630458) q[2];
rx(pi*-0.002933942146) q[3];
rx(pi*-0.001456987109) q[4];
rx(pi*0.000700904067) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
