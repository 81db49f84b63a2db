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
rz(pi*0.030359911972) q[0];
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
ry(pi*-0.00259215195) q[0];
ry(pi*0.001731713237) q[1];
ry(pi*-0.013983175926) q[2];
ry(pi*-0.000307668821) q[3];
ry(pi*0.001327837541) q[4];
ry(pi*0.006504325114) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000595971284) q[0];
ry(pi*0.005183515346) q[1];
ry(pi*0.000990679141) q[2];
ry(pi*0.000304153119) q[3];
ry(pi*-0.027625572845) q[4];
ry(pi*-0.000555877754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003818723784) q[0];
ry(pi*-0.011305627935) q[1];
ry(pi*-0.008796713876) q[2];
ry(pi*0.005938407181) q[3];
ry(pi*0.003723343927) q[4];
ry(pi*-0.002928881759) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002718986844) q[0];
ry(pi*0.005814362171) q[1];
ry(pi*0.013318251081) q[2];
ry(pi*0.002436326698) q[3];
ry(pi*0.000298533128) q[4];
ry(pi*0.001381079962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.145227532814) q[0];
ry(pi*-0.081856952318) q[1];
ry(pi*-0.007887126556) q[2];
ry(pi*-0.019921546348) q[3];
ry(pi*0.053182414199) q[4];
ry(pi*0.003540684985) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
