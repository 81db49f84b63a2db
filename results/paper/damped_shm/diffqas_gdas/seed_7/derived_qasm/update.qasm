// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.170036269241) q[0];
rx(pi*-0.002585748648) q[1];
rx(pi*-0.005126575165) q[2];
rx(pi*-0.003786972594) q[3];
rx(pi*-0.001826671395) q[4];
rx(pi*-0.000615073913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003983641429) q[0];
rx(pi*0.002246588549) q[1];
rx(pi*-0.009751937768) q[2];
rx(pi*-0.002523752527) q[3];
rx(pi*0.002064204267) q[4];
rx(pi*-0.006325847883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.167536363086) q[0];
rx(pi*-0.001426912043) q[1];
rx(pi*-0.001531062201) q[2];
rx(pi*0.00218796602) q[3];
rx(pi*-0.00103519106) q[4];
rx(pi*-0.001176664095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000360322124) q[0];
rx(pi*0.003441204347) q[1];
rx(pi*-0.006914502282) q[2];
rx(pi*-0.000975712089) q[3];
rx(pi*0.001114055139) q[4];
rx(pi*-0.000390006396) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.16876298917) q[0];
rx(pi*-0.004671442368) q[1];
rx(pi*-0.005588459593) q[2];
rx(pi*-0.001426755963) q[3];
rx(pi*0.003714315864) q[4];
rx(pi*0.002078904737) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
