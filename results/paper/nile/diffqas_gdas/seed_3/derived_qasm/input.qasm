// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.118860536161) q[0];
ry(pi*0.008820464791) q[1];
ry(pi*-0.109745515904) q[2];
ry(pi*-0.001637151728) q[3];
ry(pi*1.8057e-08) q[4];
ry(pi*6.449e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.152577432976) q[0];
ry(pi*-0.092153291737) q[1];
ry(pi*0.023345147838) q[2];
ry(pi*0.000908434429) q[3];
ry(pi*-8.8097e-08) q[4];
ry(pi*2.1188e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.15664749527) q[0];
ry(pi*-0.252991174467) q[1];
ry(pi*-0.115407477108) q[2];
ry(pi*-0.000673309762) q[3];
ry(pi*-2.56e-10) q[4];
ry(pi*9.654e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.080848095432) q[0];
ry(pi*0.005254002661) q[1];
ry(pi*-0.078863047988) q[2];
ry(pi*-0.000663906616) q[3];
ry(pi*0.001430961539) q[4];
ry(pi*-0.001299657081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.174911639297) q[0];
ry(pi*-0.364808485961) q[1];
ry(pi*-0.260733971774) q[2];
ry(pi*-0.027053596677) q[3];
ry(pi*0.003635377376) q[4];
ry(pi*-0.001310098318) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
