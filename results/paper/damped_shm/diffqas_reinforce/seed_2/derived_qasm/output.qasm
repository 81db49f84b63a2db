// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*-3.5e-11) q[0];
rx(pi*-4.5e-11) q[1];
rx(pi*0.00178427427) q[2];
rx(pi*-0.004002436307) q[3];
rx(pi*-0.006521436753) q[4];
rx(pi*0.00015086851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(0) q[2];
rx(pi*1.0e-12) q[3];
rx(pi*-0.003062411364) q[4];
rx(pi*-0.000837082594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(pi*-2.0e-12) q[2];
rx(pi*-1.0e-12) q[3];
rx(pi*-0.004799651599) q[4];
rx(pi*-0.001452578169) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(0) q[1];
rx(0) q[2];
rx(pi*4.4e-11) q[3];
rx(pi*0.00306246176) q[4];
rx(pi*-0.006265616524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024040472954) q[0];
rx(pi*-1.1e-11) q[1];
rx(pi*-0.001784275308) q[2];
rx(pi*0.004002438975) q[3];
rx(pi*-0.003377852564) q[4];
rx(pi*0.000145814478) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
