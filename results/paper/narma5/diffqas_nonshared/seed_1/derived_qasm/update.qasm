// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.000172186264) q[0];
rz(pi*0.000868302547) q[1];
rz(pi*-0.003126389841) q[2];
rz(pi*-0.003524862306) q[3];
rz(pi*0.000635305199) q[4];
rz(pi*-0.001485695545) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000749615559) q[0];
rz(pi*0.002417632465) q[1];
rz(pi*-0.005248250361) q[2];
rz(pi*0.000809752721) q[3];
rz(pi*0.003898168311) q[4];
rz(pi*-0.000947058496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580906447) q[0];
rz(pi*0.002394450287) q[1];
rz(pi*0.000806750432) q[2];
rz(pi*0.00285168402) q[3];
rz(pi*-0.001098860266) q[4];
rz(pi*-0.004716781009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000350184303) q[0];
rz(pi*-0.001419116319) q[1];
rz(pi*0.002467949822) q[2];
rz(pi*0.00061635135) q[3];
rz(pi*-0.005191154248) q[4];
rz(pi*-0.003804325247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002813195133) q[0];
rz(pi*0.002163760647) q[1];
rz(pi*-0.002037971775) q[2];
rz(pi*-3.339503e-06) q[3];
rz(pi*0.001418307013) q[4];
rz(pi*0.00149097738) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
