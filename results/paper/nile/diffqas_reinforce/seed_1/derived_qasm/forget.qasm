// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001044904069) q[0];
ry(pi*-0.000297861226) q[1];
ry(pi*-0.000290253673) q[2];
ry(pi*-0.001331962631) q[3];
ry(pi*0.004023992016) q[4];
ry(pi*0.001559589802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001364777036) q[0];
ry(pi*-2.066255e-06) q[1];
ry(pi*0.001646483949) q[2];
ry(pi*-0.003197447524) q[3];
ry(pi*-0.000356710891) q[4];
ry(pi*-0.000816960513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00063851478) q[0];
ry(pi*-3.223154e-06) q[1];
ry(pi*-0.001942643649) q[2];
ry(pi*0.000489626031) q[3];
ry(pi*-0.00090968248) q[4];
ry(pi*0.00322388338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001912169562) q[0];
ry(pi*-1.3788539e-05) q[1];
ry(pi*0.001038879999) q[2];
ry(pi*0.002656470158) q[3];
ry(pi*-0.001942058013) q[4];
ry(pi*0.000660610397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001032346778) q[0];
ry(pi*1.0791633e-05) q[1];
ry(pi*0.000586325939) q[2];
ry(pi*-0.00103700518) q[3];
ry(pi*-3.9312117e-05) q[4];
ry(pi*0.001809407083) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
