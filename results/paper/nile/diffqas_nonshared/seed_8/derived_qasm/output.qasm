// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.000460510719) q[0];
ry(pi*0.42054677592) q[1];
ry(pi*-0.00029062127) q[2];
ry(pi*-0.060786553922) q[3];
ry(pi*0.000439673825) q[4];
ry(pi*0.000284151785) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.456117e-06) q[0];
ry(pi*0.000100087219) q[1];
ry(pi*0.006269227275) q[2];
ry(pi*0.045679925714) q[3];
ry(pi*0.000629529628) q[4];
ry(pi*0.106574410855) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.133324438825) q[0];
ry(pi*0.364675828509) q[1];
ry(pi*-0.007715863713) q[2];
ry(pi*-0.001066801288) q[3];
ry(pi*-0.000190288081) q[4];
ry(pi*0.078833754066) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000223145841) q[0];
ry(pi*0.01281920497) q[1];
ry(pi*0.002566873432) q[2];
ry(pi*-0.10854481608) q[3];
ry(pi*-0.501578053231) q[4];
ry(pi*-0.390190189881) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.128187330227) q[0];
ry(pi*-0.007437833511) q[1];
ry(pi*0.05626102236) q[2];
ry(pi*-0.060672954595) q[3];
ry(pi*0.010948244216) q[4];
ry(pi*0.000414315896) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
