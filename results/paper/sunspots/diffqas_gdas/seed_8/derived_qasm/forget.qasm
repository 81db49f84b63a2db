// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.519797279278) q[0];
ry(pi*0.524019095095) q[1];
ry(pi*0.000125059682) q[2];
ry(pi*0.000926492038) q[3];
ry(pi*0.287861756638) q[4];
ry(pi*-0.009916859563) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005597815529) q[0];
ry(pi*-0.05794793679) q[1];
ry(pi*0.235071471188) q[2];
ry(pi*0.499503459161) q[3];
ry(pi*0.012759798925) q[4];
ry(pi*0.492215799099) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.485853781451) q[0];
ry(pi*0.00443049529) q[1];
ry(pi*0.479755067595) q[2];
ry(pi*-0.008475612572) q[3];
ry(pi*-0.009862631893) q[4];
ry(pi*-0.158539106674) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040169020785) q[0];
ry(pi*-0.198636529052) q[1];
ry(pi*-0.499985936135) q[2];
ry(pi*0.198863879488) q[3];
ry(pi*0.010680469969) q[4];
ry(pi*-0.004446932804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.195025996193) q[0];
ry(pi*-0.429424959367) q[1];
ry(pi*0.485718391923) q[2];
ry(pi*-0.006875877918) q[3];
ry(pi*0.501116825734) q[4];
ry(pi*0.002837101388) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
