// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.284886564181) q[0];
rx(pi*-0.025974163541) q[1];
rx(pi*0.250003251297) q[2];
rx(pi*-0.749980346131) q[3];
rx(pi*-0.249976347941) q[4];
rx(pi*-0.265023083927) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.250003915343) q[0];
rx(pi*0.0336186749) q[1];
rx(pi*0.000253467942) q[2];
rx(pi*0.265656527055) q[3];
rx(pi*0.250001638613) q[4];
rx(pi*-0.00015436221) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.030175448473) q[0];
rx(pi*0.002455043907) q[1];
rx(pi*0.000346808969) q[2];
rx(pi*0.250056280127) q[3];
rx(pi*0.000158246686) q[4];
rx(pi*0.259568760475) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.500003466954) q[0];
rx(pi*-0.249397849891) q[1];
rx(pi*0.25000865853) q[2];
rx(pi*0.249985037459) q[3];
rx(pi*7.1235465e-05) q[4];
rx(pi*-0.148461674818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.208069912015) q[0];
rx(pi*-0.01583327733) q[1];
rx(pi*0.057177401331) q[2];
rx(pi*-0.038325604903) q[3];
rx(pi*-2.924755e-06) q[4];
rx(pi*-0.000852731109) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
