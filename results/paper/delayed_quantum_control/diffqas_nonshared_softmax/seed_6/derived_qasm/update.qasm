// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.141850677802) q[0];
ry(pi*-0.50008133111) q[1];
ry(pi*0.0006090816) q[2];
ry(pi*0.007635620255) q[3];
ry(pi*-0.003047315282) q[4];
ry(pi*-0.004739175966) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500721585454) q[0];
ry(pi*-0.00163006096) q[1];
ry(pi*-0.003913611238) q[2];
ry(pi*-0.00023834379) q[3];
ry(pi*0.000116720631) q[4];
ry(pi*0.00065128959) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000387690386) q[0];
ry(pi*-0.004338584778) q[1];
ry(pi*-0.000600233037) q[2];
ry(pi*0.499575897112) q[3];
ry(pi*0.00542054959) q[4];
ry(pi*-0.000370243907) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007931882675) q[0];
ry(pi*-0.000709555121) q[1];
ry(pi*-0.501473020099) q[2];
ry(pi*0.000544116318) q[3];
ry(pi*-0.014673849161) q[4];
ry(pi*0.497203506795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.8452474e-05) q[0];
ry(pi*-0.065787338584) q[1];
ry(pi*-1.823959e-06) q[2];
ry(pi*-1.031452290046) q[3];
ry(pi*0.001557523551) q[4];
ry(pi*-0.00258817212) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
