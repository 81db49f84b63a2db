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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007665967165) q[0];
ry(pi*0.032033591951) q[1];
ry(pi*0.080339123016) q[2];
ry(pi*-0.003082957071) q[3];
ry(pi*-0.501221213792) q[4];
ry(pi*-0.150321487897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029883087918) q[0];
ry(pi*0.502302508628) q[1];
ry(pi*0.036541848826) q[2];
ry(pi*0.250120711578) q[3];
ry(pi*0.251681504667) q[4];
ry(pi*-0.212486691788) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004857255826) q[0];
ry(pi*-0.012368604584) q[1];
ry(pi*-0.008584677412) q[2];
ry(pi*0.003158194688) q[3];
ry(pi*-0.000211695325) q[4];
ry(pi*0.089240870616) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014677089943) q[0];
ry(pi*-0.011486751271) q[1];
ry(pi*-0.020577372574) q[2];
ry(pi*-0.013728922134) q[3];
ry(pi*0.052607886196) q[4];
ry(pi*0.063325207171) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000585831832) q[0];
ry(pi*-0.009148108729) q[1];
ry(pi*0.037109684192) q[2];
ry(pi*0.001887967599) q[3];
ry(pi*0.016340799517) q[4];
ry(pi*-0.001548648752) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
