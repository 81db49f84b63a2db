// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.031566174595) q[0];
ry(pi*-0.098103591273) q[1];
ry(pi*-1.755226e-06) q[2];
ry(pi*-1.0387e-08) q[3];
ry(pi*-2.4589e-08) q[4];
ry(pi*-6.213e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.28766512308) q[0];
ry(pi*0.249833919524) q[1];
ry(pi*5.70506e-07) q[2];
ry(pi*-1.5189e-08) q[3];
ry(pi*3.1139e-08) q[4];
ry(pi*-3.313e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.037008568933) q[0];
ry(pi*-0.108131779363) q[1];
ry(pi*3.101676e-06) q[2];
ry(pi*8.582e-09) q[3];
ry(pi*0.03445767589) q[4];
ry(pi*0.001449743373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.221442170209) q[0];
ry(pi*0.239021047049) q[1];
ry(pi*0.025254069503) q[2];
ry(pi*0.031495475022) q[3];
ry(pi*-0.013655293644) q[4];
ry(pi*-0.001492003983) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.1359491572) q[0];
ry(pi*0.000534983942) q[1];
ry(pi*-0.006118895523) q[2];
ry(pi*0.067872277545) q[3];
ry(pi*0.044062261814) q[4];
ry(pi*0.000386336614) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
