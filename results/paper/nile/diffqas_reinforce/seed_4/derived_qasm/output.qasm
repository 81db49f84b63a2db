// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rz(pi*0.000481913202) q[0];
rz(pi*-0.002406061312) q[1];
rz(pi*0.002200463576) q[2];
rz(pi*0.0013234077) q[3];
rz(pi*0.003100867048) q[4];
rz(pi*4.5263918e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003066189905) q[0];
rz(pi*-0.001484702588) q[1];
rz(pi*0.002561548612) q[2];
rz(pi*-0.003468275493) q[3];
rz(pi*-0.002886143866) q[4];
rz(pi*-0.000312205346) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002115346494) q[0];
rz(pi*-0.003113520389) q[1];
rz(pi*5.693647e-06) q[2];
rz(pi*0.002050681144) q[3];
rz(pi*0.002255281773) q[4];
rz(pi*-0.003721473926) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005996212993) q[0];
rz(pi*-0.001234847139) q[1];
rz(pi*0.001312417143) q[2];
rz(pi*0.00488835127) q[3];
rz(pi*-0.002468409466) q[4];
rz(pi*-0.006241794461) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003925864076) q[0];
rz(pi*-0.004675412415) q[1];
rz(pi*0.000473060525) q[2];
rz(pi*-0.002841367292) q[3];
rz(pi*0.006233371746) q[4];
rz(pi*0.001219339734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
