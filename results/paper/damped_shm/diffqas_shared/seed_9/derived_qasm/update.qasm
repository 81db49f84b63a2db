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
ry(pi*0.040518593661) q[0];
ry(pi*-0.003683176249) q[1];
ry(pi*0.010432657425) q[2];
ry(pi*0.000694082401) q[3];
ry(pi*0.065233353325) q[4];
ry(pi*-0.069954109717) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015135030411) q[0];
ry(pi*-0.485923221707) q[1];
ry(pi*0.016395730364) q[2];
ry(pi*0.34073077899) q[3];
ry(pi*-0.1346098994) q[4];
ry(pi*0.367144334766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001795832082) q[0];
ry(pi*-0.060665559967) q[1];
ry(pi*0.126898435585) q[2];
ry(pi*-0.11943581833) q[3];
ry(pi*0.002725723948) q[4];
ry(pi*-0.014649739542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011485758759) q[0];
ry(pi*0.015454277722) q[1];
ry(pi*0.26871912696) q[2];
ry(pi*-0.002541240953) q[3];
ry(pi*-0.248891334445) q[4];
ry(pi*-0.171220965552) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036868927138) q[0];
ry(pi*0.019601512854) q[1];
ry(pi*0.175926112117) q[2];
ry(pi*0.135844370715) q[3];
ry(pi*0.005684633044) q[4];
ry(pi*0.000774685377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
