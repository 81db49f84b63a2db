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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.183652972315) q[0];
ry(pi*0.284699416997) q[1];
ry(pi*0.068899974369) q[2];
ry(pi*0.55736426835) q[3];
ry(pi*-0.042801622336) q[4];
ry(pi*-0.176266502183) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.108199199022) q[0];
ry(pi*-0.0055336995) q[1];
ry(pi*0.028017744283) q[2];
ry(pi*0.016190593459) q[3];
ry(pi*0.002462908259) q[4];
ry(pi*-0.191607012195) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.080190651779) q[0];
ry(pi*-0.011185922941) q[1];
ry(pi*0.000164865507) q[2];
ry(pi*0.027637082188) q[3];
ry(pi*-0.001233568998) q[4];
ry(pi*0.000608888908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017224839439) q[0];
ry(pi*-0.000212536018) q[1];
ry(pi*0.00042484729) q[2];
ry(pi*0.019027159163) q[3];
ry(pi*0.259066855407) q[4];
ry(pi*0.067718664693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.196331681717) q[0];
ry(pi*0.216756888111) q[1];
ry(pi*0.428250052993) q[2];
ry(pi*-0.039363933581) q[3];
ry(pi*-0.217479085752) q[4];
ry(pi*-0.001212559644) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
