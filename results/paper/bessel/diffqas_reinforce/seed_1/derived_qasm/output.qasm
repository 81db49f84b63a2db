// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001980064429) q[0];
ry(pi*-0.001893903994) q[1];
ry(pi*0.000564226208) q[2];
ry(pi*-0.006407486431) q[3];
ry(pi*-0.049394680619) q[4];
ry(pi*-0.002172039732) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018927985054) q[0];
ry(pi*0.01169504121) q[1];
ry(pi*0.013334271195) q[2];
ry(pi*0.009372551591) q[3];
ry(pi*0.009543052559) q[4];
ry(pi*3.3638059e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000325575315) q[0];
ry(pi*-0.000937549518) q[1];
ry(pi*0.002196930939) q[2];
ry(pi*-0.000129008357) q[3];
ry(pi*0.000892668298) q[4];
ry(pi*-0.003205951169) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092398628337) q[0];
ry(pi*0.003715500475) q[1];
ry(pi*0.000399392495) q[2];
ry(pi*0.000183974695) q[3];
ry(pi*-0.000901877566) q[4];
ry(pi*0.005311251148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002898776751) q[0];
ry(pi*0.065848373914) q[1];
ry(pi*-0.090105563078) q[2];
ry(pi*0.003482527288) q[3];
ry(pi*0.013972425493) q[4];
ry(pi*-0.000422497226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
