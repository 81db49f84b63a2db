// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.015893980636) q[0];
rz(pi*-0.005529502965) q[1];
rz(pi*-0.003577589054) q[2];
rz(pi*-0.006284692436) q[3];
rz(pi*0.000934834859) q[4];
rz(pi*0.000283907919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009941293498) q[0];
rz(pi*0.002612110095) q[1];
rz(pi*0.001681984331) q[2];
rz(pi*-0.004529022844) q[3];
rz(pi*-0.00097452607) q[4];
rz(pi*-0.000663290372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004517469627) q[0];
rz(pi*-0.006117333829) q[1];
rz(pi*-0.0074749697) q[2];
rz(pi*-0.003055754005) q[3];
rz(pi*-0.001148313548) q[4];
rz(pi*0.001532821034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005175187495) q[0];
rz(pi*0.002693893013) q[1];
rz(pi*-0.001588634855) q[2];
rz(pi*-0.009683016891) q[3];
rz(pi*-0.003836724771) q[4];
rz(pi*0.000478317236) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.012467591337) q[0];
rz(pi*-0.013433329097) q[1];
rz(pi*-0.013409377189) q[2];
rz(pi*-0.006427237654) q[3];
rz(pi*-0.003928068769) q[4];
rz(pi*-0.002146027206) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
