// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.010347170968) q[0];
ry(pi*-0.023835159365) q[1];
ry(pi*-0.02038288768) q[2];
ry(pi*0.080504261812) q[3];
ry(pi*0.204343000322) q[4];
ry(pi*0.014922766868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*6.247481e-06) q[0];
ry(pi*0.080243955713) q[1];
ry(pi*0.067001959662) q[2];
ry(pi*-0.057373508394) q[3];
ry(pi*0.014461108927) q[4];
ry(pi*-0.079096574053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007030518856) q[0];
ry(pi*0.018565159713) q[1];
ry(pi*-0.040351149676) q[2];
ry(pi*0.132728125365) q[3];
ry(pi*-0.075827920621) q[4];
ry(pi*0.025322992752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121385970147) q[0];
ry(pi*-0.106200884884) q[1];
ry(pi*-0.032238971944) q[2];
ry(pi*-0.049522628087) q[3];
ry(pi*-0.072573529953) q[4];
ry(pi*0.065809527213) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.072297580824) q[0];
ry(pi*0.367052354885) q[1];
ry(pi*0.088368257031) q[2];
ry(pi*-0.023569519553) q[3];
ry(pi*-0.102426474917) q[4];
ry(pi*0.000691824421) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
