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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.141054913332) q[0];
ry(pi*0.0207569188) q[1];
ry(pi*-0.038899198497) q[2];
ry(pi*-0.497456792976) q[3];
ry(pi*-0.171794948088) q[4];
ry(pi*0.232432513766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008034064558) q[0];
ry(pi*-0.423523524142) q[1];
ry(pi*-0.075286035231) q[2];
ry(pi*-0.067344659661) q[3];
ry(pi*-0.033384126678) q[4];
ry(pi*0.057493079393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.672241789183) q[0];
ry(pi*-0.525940654981) q[1];
ry(pi*-0.777466165716) q[2];
ry(pi*-0.477313882095) q[3];
ry(pi*-0.447157306763) q[4];
ry(pi*0.493447775497) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.039986616788) q[0];
ry(pi*-0.053997877124) q[1];
ry(pi*-0.037962165319) q[2];
ry(pi*-0.01796965971) q[3];
ry(pi*-0.025418136339) q[4];
ry(pi*-0.59733506661) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.034526810211) q[0];
ry(pi*0.501266027422) q[1];
ry(pi*-0.282243850154) q[2];
ry(pi*0.378942841484) q[3];
ry(pi*-0.007627094377) q[4];
ry(pi*0.003219279228) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
