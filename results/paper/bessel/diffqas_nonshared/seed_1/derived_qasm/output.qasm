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
rx(pi*-0.026303643375) q[0];
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
ry(pi*-0.001409285323) q[0];
ry(pi*0.003649991431) q[1];
ry(pi*0.38881899146) q[2];
ry(pi*-0.009236113226) q[3];
ry(pi*-0.049172348476) q[4];
ry(pi*-0.007594626076) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.290906825724) q[0];
ry(pi*0.005283841457) q[1];
ry(pi*-0.002824922959) q[2];
ry(pi*0.044031008955) q[3];
ry(pi*-0.002448791349) q[4];
ry(pi*-0.001317425356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006231503524) q[0];
ry(pi*-0.009708233451) q[1];
ry(pi*0.061573785399) q[2];
ry(pi*-0.123018214604) q[3];
ry(pi*0.462096941589) q[4];
ry(pi*0.010561206092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031341496945) q[0];
ry(pi*-0.037774055269) q[1];
ry(pi*0.038265420975) q[2];
ry(pi*0.001465614522) q[3];
ry(pi*-0.085750055794) q[4];
ry(pi*0.002348258168) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004936748674) q[0];
ry(pi*-0.265641064265) q[1];
ry(pi*-0.118396661966) q[2];
ry(pi*-0.080476979001) q[3];
ry(pi*-0.035688200874) q[4];
ry(pi*-0.004419445443) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
