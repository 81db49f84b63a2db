// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.000552931754) q[0];
ry(pi*-0.000670856719) q[1];
ry(pi*-0.015682745178) q[2];
ry(pi*0.006688231514) q[3];
ry(pi*-0.012242145291) q[4];
ry(pi*0.000110898128) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031721224633) q[0];
ry(pi*-0.178579204236) q[1];
ry(pi*0.4606719744) q[2];
ry(pi*-0.002882314039) q[3];
ry(pi*-5.0814521e-05) q[4];
ry(pi*0.005214359697) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010479135914) q[0];
ry(pi*-0.166839721736) q[1];
ry(pi*0.216859018412) q[2];
ry(pi*0.004232877522) q[3];
ry(pi*-0.049459799833) q[4];
ry(pi*0.060679561855) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002473167476) q[0];
ry(pi*0.275440279749) q[1];
ry(pi*-0.172114581969) q[2];
ry(pi*-0.49949993023) q[3];
ry(pi*0.500590863222) q[4];
ry(pi*-0.001863098477) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013693357719) q[0];
ry(pi*0.025011498181) q[1];
ry(pi*0.006367367963) q[2];
ry(pi*0.007784073705) q[3];
ry(pi*-0.012368563081) q[4];
ry(pi*-0.002660274194) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
