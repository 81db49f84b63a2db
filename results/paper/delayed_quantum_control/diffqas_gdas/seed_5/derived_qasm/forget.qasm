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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.092463230543) q[0];
rx(pi*0.05045466906) q[1];
rx(pi*0.181791897549) q[2];
rx(pi*0.178559263878) q[3];
rx(pi*0.140959395034) q[4];
rx(pi*0.167739162786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.074059688995) q[0];
rx(pi*0.178347717741) q[1];
rx(pi*0.074081151916) q[2];
rx(pi*0.182657472244) q[3];
rx(pi*-0.211508646644) q[4];
rx(pi*0.071214303335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.136617548129) q[0];
rx(pi*0.295428714519) q[1];
rx(pi*-0.072892798608) q[2];
rx(pi*-0.32431020737) q[3];
rx(pi*0.288041011158) q[4];
rx(pi*-0.150109116446) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003185031639) q[0];
rx(pi*-0.093572197132) q[1];
rx(pi*0.190109739865) q[2];
rx(pi*0.061599749604) q[3];
rx(pi*0.08930280715) q[4];
rx(pi*0.0256129746) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.054259492342) q[0];
rx(pi*0.094902366987) q[1];
rx(pi*0.307273078368) q[2];
rx(pi*0.006193596567) q[3];
rx(pi*-0.146160413332) q[4];
rx(pi*-0.000551021954) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
