// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.209647287286) q[0];
ry(pi*0.076032731433) q[1];
ry(pi*-0.028277694642) q[2];
ry(pi*-0.008613508281) q[3];
ry(pi*-0.465687382308) q[4];
ry(pi*-0.236281666873) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.244206564612) q[0];
ry(pi*-0.288915085644) q[1];
ry(pi*-0.438619608246) q[2];
ry(pi*-0.192571264151) q[3];
ry(pi*-0.193716269475) q[4];
ry(pi*0.242763933795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.174946738881) q[0];
ry(pi*-0.16675233326) q[1];
ry(pi*0.054830121445) q[2];
ry(pi*0.008643122368) q[3];
ry(pi*0.40779067668) q[4];
ry(pi*-0.018400093251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.022244076284) q[0];
ry(pi*-0.082344902929) q[1];
ry(pi*-0.221991108718) q[2];
ry(pi*-0.013663517144) q[3];
ry(pi*-0.002717685432) q[4];
ry(pi*-0.001321823921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005795893387) q[0];
ry(pi*0.208077577005) q[1];
ry(pi*-0.143778138213) q[2];
ry(pi*0.50396903684) q[3];
ry(pi*0.411772145729) q[4];
ry(pi*-0.002164190202) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
