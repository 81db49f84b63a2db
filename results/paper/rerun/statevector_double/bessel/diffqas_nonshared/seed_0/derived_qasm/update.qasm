// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.238255269006) q[0];
ry(pi*-0.016575545766) q[1];
ry(pi*0.067648911386) q[2];
ry(pi*-0.050914079916) q[3];
ry(pi*0.031294729122) q[4];
ry(pi*0.024622981368) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053056183765) q[0];
ry(pi*-0.443633915734) q[1];
ry(pi*-0.100327756999) q[2];
ry(pi*0.208394573674) q[3];
ry(pi*0.090712349495) q[4];
ry(pi*-0.215503339698) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021269085753) q[0];
ry(pi*-0.300245193167) q[1];
ry(pi*-0.011294073532) q[2];
ry(pi*0.203138249816) q[3];
ry(pi*-0.065409135832) q[4];
ry(pi*-0.18279582152) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.175717449838) q[0];
ry(pi*0.110891024006) q[1];
ry(pi*-0.203607426894) q[2];
ry(pi*0.088444195453) q[3];
ry(pi*-0.233708696667) q[4];
ry(pi*-0.114930340962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.318988237805) q[0];
ry(pi*-0.009598330846) q[1];
ry(pi*-0.023810513765) q[2];
ry(pi*-0.138109261443) q[3];
ry(pi*0.05507574738) q[4];
ry(pi*-0.003757483312) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
