// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.03694931467) q[0];
ry(pi*0.091594838395) q[1];
ry(pi*0.007070363997) q[2];
ry(pi*0.018270770259) q[3];
ry(pi*-0.290724269946) q[4];
ry(pi*-0.019493658712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.046708476312) q[0];
ry(pi*0.309846959265) q[1];
ry(pi*0.071495906343) q[2];
ry(pi*0.264642680336) q[3];
ry(pi*0.236827398987) q[4];
ry(pi*0.063416385453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.13597563367) q[0];
ry(pi*-0.052920841669) q[1];
ry(pi*0.024234685114) q[2];
ry(pi*0.035895961948) q[3];
ry(pi*-0.000307611977) q[4];
ry(pi*0.027516396539) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094461392898) q[0];
ry(pi*0.189210716216) q[1];
ry(pi*0.007764556677) q[2];
ry(pi*0.027088710489) q[3];
ry(pi*-0.025995709467) q[4];
ry(pi*0.566479421416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107305601578) q[0];
ry(pi*0.136743517687) q[1];
ry(pi*0.042488107167) q[2];
ry(pi*-0.02873212278) q[3];
ry(pi*0.01357305864) q[4];
ry(pi*-0.005090676948) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
