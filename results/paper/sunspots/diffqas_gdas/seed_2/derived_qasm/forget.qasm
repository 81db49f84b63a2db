// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.497489881448) q[0];
ry(pi*-0.358795111525) q[1];
ry(pi*-0.001815760286) q[2];
ry(pi*-0.003387373918) q[3];
ry(pi*0.004346850375) q[4];
ry(pi*-0.519138052186) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00277217961) q[0];
ry(pi*0.382686695841) q[1];
ry(pi*-0.00079247092) q[2];
ry(pi*0.006378739753) q[3];
ry(pi*0.007058176971) q[4];
ry(pi*0.250520714017) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.063574580223) q[0];
ry(pi*0.025353825839) q[1];
ry(pi*0.501295283399) q[2];
ry(pi*-0.035368891902) q[3];
ry(pi*0.063612426112) q[4];
ry(pi*-0.035764222302) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003477543977) q[0];
ry(pi*0.001566848953) q[1];
ry(pi*-0.009587678834) q[2];
ry(pi*-0.434381969157) q[3];
ry(pi*0.015656855678) q[4];
ry(pi*0.000397123251) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.116982471299) q[0];
ry(pi*-0.013257924859) q[1];
ry(pi*-0.037252349768) q[2];
ry(pi*-0.358678049671) q[3];
ry(pi*0.217594459031) q[4];
ry(pi*0.002177988874) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
