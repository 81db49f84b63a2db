// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-6.2734446e-05) q[0];
rx(pi*0.021067761184) q[1];
rx(pi*-0.199884784069) q[2];
rx(pi*-0.006141079408) q[3];
rx(pi*0.00547351083) q[4];
rx(pi*-0.001638464702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001642129407) q[0];
rx(pi*-0.004097989586) q[1];
rx(pi*-0.197682844917) q[2];
rx(pi*-0.003993652814) q[3];
rx(pi*0.00638047576) q[4];
rx(pi*0.001563909956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.013713848286) q[0];
rx(pi*-0.063337387675) q[1];
rx(pi*-0.201002563499) q[2];
rx(pi*-0.003000068101) q[3];
rx(pi*0.003771062167) q[4];
rx(pi*0.004083220488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001803795004) q[0];
rx(pi*0.011706519722) q[1];
rx(pi*-0.218740697583) q[2];
rx(pi*-0.003097998902) q[3];
rx(pi*0.003950189214) q[4];
rx(pi*-0.001797937168) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.009461520141) q[0];
rx(pi*0.028666975107) q[1];
rx(pi*-0.203703353106) q[2];
rx(pi*-0.000824046019) q[3];
rx(pi*0.002595864383) q[4];
rx(pi*-0.009556893772) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
