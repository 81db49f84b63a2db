// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.005002287067) q[0];
ry(pi*-0.069986543629) q[1];
ry(pi*0.08622740064) q[2];
ry(pi*0.001647762682) q[3];
ry(pi*0.495652294943) q[4];
ry(pi*-0.017045184119) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005233382841) q[0];
ry(pi*-0.510699505249) q[1];
ry(pi*0.408468231446) q[2];
ry(pi*-0.017946528373) q[3];
ry(pi*0.046472251374) q[4];
ry(pi*-0.375214430943) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.051782192216) q[0];
ry(pi*0.491627795702) q[1];
ry(pi*-0.401170098427) q[2];
ry(pi*-0.263234105602) q[3];
ry(pi*0.426679185375) q[4];
ry(pi*0.522627481997) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011723176609) q[0];
ry(pi*0.398565519623) q[1];
ry(pi*0.001555367328) q[2];
ry(pi*0.010330849661) q[3];
ry(pi*-0.479330040102) q[4];
ry(pi*-0.087215273667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009430723221) q[0];
ry(pi*-0.014776069582) q[1];
ry(pi*-0.519956081176) q[2];
ry(pi*-0.208529147373) q[3];
ry(pi*0.054757057394) q[4];
ry(pi*0.001543062612) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
