// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.000651716255) q[0];
rx(pi*-0.010424111388) q[1];
rx(pi*-0.356567103817) q[2];
rx(pi*-0.010752073119) q[3];
rx(pi*0.001103667041) q[4];
rx(pi*-0.001637681335) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001773838666) q[0];
rx(pi*0.037055348614) q[1];
rx(pi*-0.043434757157) q[2];
rx(pi*-0.00660908314) q[3];
rx(pi*0.001940902455) q[4];
rx(pi*0.001564617728) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005221026246) q[0];
rx(pi*0.074699369413) q[1];
rx(pi*-0.184960384359) q[2];
rx(pi*-0.007123282548) q[3];
rx(pi*-0.000598702062) q[4];
rx(pi*0.004083623955) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001878433052) q[0];
rx(pi*-0.045040558346) q[1];
rx(pi*-0.046427219557) q[2];
rx(pi*-0.005235705817) q[3];
rx(pi*-0.000489385166) q[4];
rx(pi*-0.001797778568) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005414794919) q[0];
rx(pi*-0.056089333223) q[1];
rx(pi*-0.360385824637) q[2];
rx(pi*-0.005435075007) q[3];
rx(pi*-0.00177406456) q[4];
rx(pi*-0.00955676452) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
