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
rz(pi*-0.000545082557) q[0];
rz(pi*0.004382774679) q[1];
rz(pi*0.004600675797) q[2];
rz(pi*0.002905128768) q[3];
rz(pi*0.003188336751) q[4];
rz(pi*-0.000174853454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003707659394) q[0];
rz(pi*0.006963923918) q[1];
rz(pi*-0.003047886836) q[2];
rz(pi*0.007095999737) q[3];
rz(pi*-0.00040459088) q[4];
rz(pi*0.000737881507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000538431535) q[0];
rz(pi*0.003049777886) q[1];
rz(pi*-0.001617263101) q[2];
rz(pi*0.005867099295) q[3];
rz(pi*0.001703048231) q[4];
rz(pi*0.000555851556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001814595241) q[0];
rz(pi*0.000893029743) q[1];
rz(pi*-1.0334866e-05) q[2];
rz(pi*0.006047831318) q[3];
rz(pi*0.002979748288) q[4];
rz(pi*-0.004965585176) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004867268101) q[0];
rz(pi*-0.007554061156) q[1];
rz(pi*0.004904632556) q[2];
rz(pi*-0.006003245953) q[3];
rz(pi*2.444039e-06) q[4];
rz(pi*0.00258580023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
