// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006175679771) q[0];
ry(pi*-0.059840141092) q[1];
ry(pi*-0.011107214497) q[2];
ry(pi*-0.089594655442) q[3];
ry(pi*-0.0876636661) q[4];
ry(pi*0.498421936652) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000266263689) q[0];
ry(pi*-0.058011969813) q[1];
ry(pi*-0.495347630561) q[2];
ry(pi*-0.005533876184) q[3];
ry(pi*-0.419689207724) q[4];
ry(pi*0.41512789356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.477960928682) q[0];
ry(pi*-0.433551228426) q[1];
ry(pi*-0.433374516254) q[2];
ry(pi*-0.479119708221) q[3];
ry(pi*-0.490531360613) q[4];
ry(pi*0.495007183576) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045936038835) q[0];
ry(pi*-0.500170389188) q[1];
ry(pi*0.001710294784) q[2];
ry(pi*-0.312344626636) q[3];
ry(pi*-0.316646374639) q[4];
ry(pi*1.058323164932) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00280421213) q[0];
ry(pi*0.069171341579) q[1];
ry(pi*0.120773140911) q[2];
ry(pi*0.497872903279) q[3];
ry(pi*0.036218064657) q[4];
ry(pi*0.004120718049) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
