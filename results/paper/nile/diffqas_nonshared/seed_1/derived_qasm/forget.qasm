// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.022173229672) q[0];
rx(pi*0.003304185831) q[1];
rx(pi*-0.00220381775) q[2];
rx(pi*0.000103543659) q[3];
rx(pi*-0.000182285417) q[4];
rx(pi*0.003785208722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.208396660676) q[0];
rx(pi*-0.003686440747) q[1];
rx(pi*0.001367380156) q[2];
rx(pi*0.001876080135) q[3];
rx(pi*0.006447127022) q[4];
rx(pi*-0.005345543797) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.029814361511) q[0];
rx(pi*0.003940996917) q[1];
rx(pi*-0.004973331096) q[2];
rx(pi*-0.003627389552) q[3];
rx(pi*0.001340533421) q[4];
rx(pi*0.003240730587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.200181992161) q[0];
rx(pi*0.001703535149) q[1];
rx(pi*0.000348004178) q[2];
rx(pi*0.004283114986) q[3];
rx(pi*-0.000318733638) q[4];
rx(pi*0.003151877356) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.031287481533) q[0];
rx(pi*-0.000710350716) q[1];
rx(pi*-0.000166943245) q[2];
rx(pi*0.003894378505) q[3];
rx(pi*0.001539480764) q[4];
rx(pi*-0.002393003763) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
