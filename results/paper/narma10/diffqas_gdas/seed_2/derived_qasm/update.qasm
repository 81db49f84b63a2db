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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.063020988648) q[0];
ry(pi*-0.131970941977) q[1];
ry(pi*-0.080059758792) q[2];
ry(pi*-0.009317391291) q[3];
ry(pi*0.177438866209) q[4];
ry(pi*0.000372600308) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.070115425504) q[0];
ry(pi*0.143711790515) q[1];
ry(pi*-0.006872611048) q[2];
ry(pi*0.466533718637) q[3];
ry(pi*0.096493212908) q[4];
ry(pi*0.170751143401) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.094454923191) q[0];
ry(pi*-0.103656772228) q[1];
ry(pi*-0.061508547606) q[2];
ry(pi*0.024356971588) q[3];
ry(pi*0.055500068139) q[4];
ry(pi*0.012672583576) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.039684290797) q[0];
ry(pi*0.013059592055) q[1];
ry(pi*0.032364206309) q[2];
ry(pi*-0.106979981796) q[3];
ry(pi*0.427407359432) q[4];
ry(pi*0.03639890103) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.071174541199) q[0];
ry(pi*-0.041673507502) q[1];
ry(pi*0.096281239885) q[2];
ry(pi*0.192225125342) q[3];
ry(pi*-0.039235898364) q[4];
ry(pi*0.00015811925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
