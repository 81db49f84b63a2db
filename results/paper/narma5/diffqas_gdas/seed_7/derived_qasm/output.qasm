// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.004097194806) q[0];
rz(pi*0.003301967798) q[1];
rz(pi*-0.001700273171) q[2];
rz(pi*0.001236383116) q[3];
rz(pi*0.001326370117) q[4];
rz(pi*-0.002554394107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001882242128) q[0];
rz(pi*-0.00659873232) q[1];
rz(pi*-0.002918076482) q[2];
rz(pi*-0.005737669582) q[3];
rz(pi*0.001392149078) q[4];
rz(pi*0.000195491765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002909518291) q[0];
rz(pi*0.001134903966) q[1];
rz(pi*-0.002020496837) q[2];
rz(pi*0.0011019924) q[3];
rz(pi*-0.001242756255) q[4];
rz(pi*0.001938701764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001003866534) q[0];
rz(pi*-0.003146726848) q[1];
rz(pi*7.002566e-06) q[2];
rz(pi*0.000176140933) q[3];
rz(pi*-0.000979476845) q[4];
rz(pi*0.002848576343) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005452810969) q[0];
rz(pi*-0.001170531895) q[1];
rz(pi*-0.001116308672) q[2];
rz(pi*-0.007155807174) q[3];
rz(pi*-0.000410363487) q[4];
rz(pi*-0.001388412781) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
