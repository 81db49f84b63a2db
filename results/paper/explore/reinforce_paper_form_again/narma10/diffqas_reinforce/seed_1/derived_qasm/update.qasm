// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.011315872033) q[0];
ry(pi*0.012014880233) q[1];
ry(pi*-0.029062009059) q[2];
ry(pi*-0.049709704122) q[3];
ry(pi*-0.106336283898) q[4];
ry(pi*-0.011742959256) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01132938893) q[0];
ry(pi*-0.034196428269) q[1];
ry(pi*0.002826717366) q[2];
ry(pi*-0.526456599882) q[3];
ry(pi*-0.045824592915) q[4];
ry(pi*-0.049837348025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042448956902) q[0];
ry(pi*0.011119575242) q[1];
ry(pi*0.064788598916) q[2];
ry(pi*-0.029311045345) q[3];
ry(pi*-0.015947710272) q[4];
ry(pi*-0.001808881183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009424466364) q[0];
ry(pi*0.30230779646) q[1];
ry(pi*0.005753773887) q[2];
ry(pi*0.327179228331) q[3];
ry(pi*-0.500580959448) q[4];
ry(pi*-0.022646445574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041371869272) q[0];
ry(pi*0.033917241916) q[1];
ry(pi*-0.082812543214) q[2];
ry(pi*-0.057102070036) q[3];
ry(pi*0.001802909659) q[4];
ry(pi*-0.004625999079) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
