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
ry(pi*-0.004234540602) q[0];
ry(pi*-0.037318142514) q[1];
ry(pi*0.105678422845) q[2];
ry(pi*0.024487862202) q[3];
ry(pi*-0.000736912341) q[4];
ry(pi*-0.499098732507) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013963942303) q[0];
ry(pi*-0.024497180193) q[1];
ry(pi*-0.001920345927) q[2];
ry(pi*-0.502393312199) q[3];
ry(pi*-0.283714731392) q[4];
ry(pi*-0.2917123327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.388649261259) q[0];
ry(pi*0.500497479358) q[1];
ry(pi*-0.500135934678) q[2];
ry(pi*-0.49829349115) q[3];
ry(pi*-0.501370756989) q[4];
ry(pi*-0.501038809796) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000243245967) q[0];
ry(pi*0.002602337055) q[1];
ry(pi*-0.495178924888) q[2];
ry(pi*-0.228407805825) q[3];
ry(pi*-0.226842269549) q[4];
ry(pi*0.015429470854) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002203692352) q[0];
ry(pi*0.032760480603) q[1];
ry(pi*0.012881969191) q[2];
ry(pi*0.501710369173) q[3];
ry(pi*-0.001417982549) q[4];
ry(pi*0.004120630003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
