// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*-0.000242717657) q[0];
ry(pi*-0.006447035716) q[1];
ry(pi*-0.002730878013) q[2];
ry(pi*0.003128796119) q[3];
ry(pi*-8.5028509e-05) q[4];
ry(pi*-0.004808354755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00040448301) q[0];
ry(pi*0.002210056375) q[1];
ry(pi*-0.000487479999) q[2];
ry(pi*0.003683169431) q[3];
ry(pi*0.000649332803) q[4];
ry(pi*0.000924570158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000149258245) q[0];
ry(pi*-0.008421592416) q[1];
ry(pi*-0.001695877126) q[2];
ry(pi*0.000372531606) q[3];
ry(pi*0.00477852752) q[4];
ry(pi*0.003466937322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-7.250511e-05) q[0];
ry(pi*0.001442581458) q[1];
ry(pi*0.001175427531) q[2];
ry(pi*-0.003548762929) q[3];
ry(pi*-0.004521648967) q[4];
ry(pi*-0.003083243737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*6.6911151e-05) q[0];
ry(pi*-0.005516436671) q[1];
ry(pi*0.000407854749) q[2];
ry(pi*0.006401021467) q[3];
ry(pi*-0.005935417195) q[4];
ry(pi*6.1101252e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
