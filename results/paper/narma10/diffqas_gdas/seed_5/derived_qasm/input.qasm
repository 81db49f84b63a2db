// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
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
ry(pi*-0.006310150306) q[0];
ry(pi*0.00032777645) q[1];
ry(pi*-0.000674122329) q[2];
ry(pi*-4.5413991e-05) q[3];
ry(pi*-0.000124545018) q[4];
ry(pi*2.0660977e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000154867666) q[0];
ry(pi*-4.062786e-05) q[1];
ry(pi*0.001059689175) q[2];
ry(pi*-0.005169854967) q[3];
ry(pi*0.003781656667) q[4];
ry(pi*0.002353740106) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009701557416) q[0];
ry(pi*0.000960154213) q[1];
ry(pi*-0.005769234898) q[2];
ry(pi*-6.4193736e-05) q[3];
ry(pi*0.000191664569) q[4];
ry(pi*-0.006213365577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000874803974) q[0];
ry(pi*-4.6394325e-05) q[1];
ry(pi*0.002830488793) q[2];
ry(pi*-0.003957076321) q[3];
ry(pi*0.002426659639) q[4];
ry(pi*-4.4546177e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.061246073871) q[0];
ry(pi*0.04604722388) q[1];
ry(pi*0.005522178892) q[2];
ry(pi*0.001808882665) q[3];
ry(pi*0.0077404435) q[4];
ry(pi*0.002043281328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
