// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.060215e-06) q[0];
ry(pi*-0.31579451724) q[1];
ry(pi*-0.00046728714) q[2];
ry(pi*-0.021707937265) q[3];
ry(pi*-0.307141047016) q[4];
ry(pi*-0.004770183365) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000774488757) q[0];
ry(pi*-0.00259107584) q[1];
ry(pi*-0.498041457169) q[2];
ry(pi*0.003828544256) q[3];
ry(pi*0.010491290331) q[4];
ry(pi*0.501258590105) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.498872235845) q[0];
ry(pi*0.152947771524) q[1];
ry(pi*0.32877047268) q[2];
ry(pi*-0.531075515308) q[3];
ry(pi*0.332079206041) q[4];
ry(pi*-0.157321046786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000512324923) q[0];
ry(pi*0.501851602307) q[1];
ry(pi*-0.008428993566) q[2];
ry(pi*-0.002657264938) q[3];
ry(pi*-0.502249878226) q[4];
ry(pi*-0.264358373712) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.05764512225) q[0];
ry(pi*-0.313035955616) q[1];
ry(pi*-0.304825574942) q[2];
ry(pi*0.020233602987) q[3];
ry(pi*-0.000645022729) q[4];
ry(pi*0.006890898405) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
