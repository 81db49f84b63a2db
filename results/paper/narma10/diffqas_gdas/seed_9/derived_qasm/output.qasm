// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000228650569) q[0];
rz(pi*3.6339003e-05) q[1];
rz(pi*0.002072326826) q[2];
rz(pi*0.001267860387) q[3];
rz(pi*0.000195823306) q[4];
rz(pi*-0.000244038931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000473994118) q[0];
rz(pi*0.007403916167) q[1];
rz(pi*0.002888122368) q[2];
rz(pi*0.000426888194) q[3];
rz(pi*0.004946298192) q[4];
rz(pi*-0.000888967723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001505241032) q[0];
rz(pi*0.001787068304) q[1];
rz(pi*-0.000200567716) q[2];
rz(pi*0.002958590117) q[3];
rz(pi*0.00019157908) q[4];
rz(pi*-0.000173857737) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004549230006) q[0];
rz(pi*-0.003201619453) q[1];
rz(pi*-0.000204473045) q[2];
rz(pi*0.003992895386) q[3];
rz(pi*-0.000544928886) q[4];
rz(pi*-0.001534967177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001546714717) q[0];
rz(pi*0.003016293061) q[1];
rz(pi*0.003264221517) q[2];
rz(pi*-0.002298861878) q[3];
rz(pi*-0.002037774192) q[4];
rz(pi*-0.006138588642) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
