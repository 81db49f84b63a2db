// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
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
rz(pi*0.002884131272) q[0];
rz(pi*-4.6711859e-05) q[1];
rz(pi*-0.003099129263) q[2];
rz(pi*0.001395164559) q[3];
rz(pi*0.000821889351) q[4];
rz(pi*0.001917799132) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000110648277) q[0];
rz(pi*-0.000782656228) q[1];
rz(pi*0.004294610692) q[2];
rz(pi*-0.001999820396) q[3];
rz(pi*-0.000688368565) q[4];
rz(pi*-0.005701285188) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001282673952) q[0];
rz(pi*-0.001617911287) q[1];
rz(pi*-0.001175850713) q[2];
rz(pi*0.001716507469) q[3];
rz(pi*-0.00202842122) q[4];
rz(pi*0.001193056846) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001320129121) q[0];
rz(pi*-0.001541201059) q[1];
rz(pi*-0.005971687159) q[2];
rz(pi*0.001121475633) q[3];
rz(pi*0.001796458776) q[4];
rz(pi*-0.003265770167) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002065012684) q[0];
rz(pi*-0.00589564913) q[1];
rz(pi*-0.001367823496) q[2];
rz(pi*-0.003709835035) q[3];
rz(pi*0.000925575936) q[4];
rz(pi*-0.000662218634) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
