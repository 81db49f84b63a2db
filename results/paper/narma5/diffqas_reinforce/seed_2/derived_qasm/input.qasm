// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*0.002678446825) q[0];
rz(pi*0.000409720933) q[1];
rz(pi*0.003432470657) q[2];
rz(pi*0.002299570985) q[3];
rz(pi*0.000670276123) q[4];
rz(pi*0.000904126726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000540359121) q[0];
rz(pi*0.002764394854) q[1];
rz(pi*-0.003595997659) q[2];
rz(pi*-0.00134281697) q[3];
rz(pi*0.000773302293) q[4];
rz(pi*0.005734100926) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002433363837) q[0];
rz(pi*-0.003434755984) q[1];
rz(pi*-0.001792997732) q[2];
rz(pi*0.003085289533) q[3];
rz(pi*-0.000748042155) q[4];
rz(pi*0.004215527537) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005960446399) q[0];
rz(pi*0.003592200738) q[1];
rz(pi*0.003294081657) q[2];
rz(pi*-0.004515752889) q[3];
rz(pi*0.00048887116) q[4];
rz(pi*0.00386987698) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000279858478) q[0];
rz(pi*0.003182148671) q[1];
rz(pi*0.007559500406) q[2];
rz(pi*0.000871954726) q[3];
rz(pi*-0.00089248361) q[4];
rz(pi*-0.0024543348) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
