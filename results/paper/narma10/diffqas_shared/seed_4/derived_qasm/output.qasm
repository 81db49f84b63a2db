// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rz(pi*0.004306438126) q[0];
rz(pi*0.000129010821) q[1];
rz(pi*-0.004825630627) q[2];
rz(pi*-0.002012465139) q[3];
rz(pi*0.000908684187) q[4];
rz(pi*0.003223428923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000469615674) q[0];
rz(pi*-0.001895274034) q[1];
rz(pi*0.001428135341) q[2];
rz(pi*0.001315073032) q[3];
rz(pi*-0.002895557017) q[4];
rz(pi*0.000159451659) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004292975182) q[0];
rz(pi*0.000319431628) q[1];
rz(pi*-0.001666400146) q[2];
rz(pi*-0.00461162752) q[3];
rz(pi*-0.001931143644) q[4];
rz(pi*0.000515413812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-8.3755797e-05) q[0];
rz(pi*0.00272785601) q[1];
rz(pi*0.001831238787) q[2];
rz(pi*0.002914453577) q[3];
rz(pi*-0.001616608097) q[4];
rz(pi*-0.001680504753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004255122772) q[0];
rz(pi*-0.001259538762) q[1];
rz(pi*-0.004949645696) q[2];
rz(pi*0.000541663572) q[3];
rz(pi*-0.003675449894) q[4];
rz(pi*-0.00503080785) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
