// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*0.002687509573) q[0];
rz(pi*0.003189742513) q[1];
rz(pi*0.002514043223) q[2];
rz(pi*-0.000557982173) q[3];
rz(pi*0.000411718964) q[4];
rz(pi*0.0040352058) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002765097735) q[0];
rz(pi*0.001158887372) q[1];
rz(pi*-0.005955241937) q[2];
rz(pi*0.002171811318) q[3];
rz(pi*-0.001435719993) q[4];
rz(pi*-0.003678499467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002459987938) q[0];
rz(pi*-0.003537185402) q[1];
rz(pi*-0.002760660188) q[2];
rz(pi*0.004891830398) q[3];
rz(pi*-0.003329619392) q[4];
rz(pi*-0.002088142094) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002174878381) q[0];
rz(pi*0.002498084771) q[1];
rz(pi*-0.005843891474) q[2];
rz(pi*0.003980121095) q[3];
rz(pi*-0.000774635425) q[4];
rz(pi*-0.001008631214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002854228443) q[0];
rz(pi*-0.000462988034) q[1];
rz(pi*0.00468041203) q[2];
rz(pi*0.000677521712) q[3];
rz(pi*-0.002968367604) q[4];
rz(pi*-0.001105665257) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
