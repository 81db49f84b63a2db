// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
ry(pi*0.099682797414) q[0];
ry(pi*0.091934412633) q[1];
ry(pi*-0.001639633305) q[2];
ry(pi*0.000377434208) q[3];
ry(pi*0.002134518307) q[4];
ry(pi*-0.021063167407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.093665049759) q[0];
ry(pi*0.000886756656) q[1];
ry(pi*0.000479891418) q[2];
ry(pi*0.001163624407) q[3];
ry(pi*-0.004406733406) q[4];
ry(pi*-0.018426828224) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001433914321) q[0];
ry(pi*-0.001559640791) q[1];
ry(pi*-0.503240293602) q[2];
ry(pi*-0.006633150663) q[3];
ry(pi*0.001184215175) q[4];
ry(pi*-0.00082732571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.055924327236) q[0];
ry(pi*0.00207665202) q[1];
ry(pi*-0.342627560468) q[2];
ry(pi*-0.000470545042) q[3];
ry(pi*-0.002211021466) q[4];
ry(pi*0.379291522641) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001337535134) q[0];
ry(pi*-0.210142855456) q[1];
ry(pi*-0.152167744948) q[2];
ry(pi*-0.066991396585) q[3];
ry(pi*-0.028738075479) q[4];
ry(pi*-0.000422509603) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
