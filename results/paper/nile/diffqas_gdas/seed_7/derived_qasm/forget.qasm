// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.012428511035) q[0];
ry(pi*0.068828793363) q[1];
ry(pi*0.068509866217) q[2];
ry(pi*0.01056527456) q[3];
ry(pi*0.005135376149) q[4];
ry(pi*0.011134369242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003413836158) q[0];
ry(pi*0.019075138871) q[1];
ry(pi*-0.088909938464) q[2];
ry(pi*0.01343628766) q[3];
ry(pi*-0.003688065585) q[4];
ry(pi*-0.233082994421) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.038629187839) q[0];
ry(pi*-0.037797877926) q[1];
ry(pi*-0.013919380062) q[2];
ry(pi*0.005892156958) q[3];
ry(pi*0.004974270247) q[4];
ry(pi*0.211560138681) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.280331017732) q[0];
ry(pi*-0.015942026748) q[1];
ry(pi*-0.007839248234) q[2];
ry(pi*0.159664000885) q[3];
ry(pi*0.420206860172) q[4];
ry(pi*-0.232283995097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.043996393177) q[0];
ry(pi*-0.481609236282) q[1];
ry(pi*-0.104800648673) q[2];
ry(pi*-0.006614211711) q[3];
ry(pi*-0.011909841173) q[4];
ry(pi*0.006415667835) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
