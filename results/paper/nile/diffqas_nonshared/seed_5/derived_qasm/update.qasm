// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.082344371692) q[0];
rx(pi*0.038563627509) q[1];
rx(pi*-0.091917052569) q[2];
rx(pi*0.041936246855) q[3];
rx(pi*-0.019350438183) q[4];
rx(pi*0.002118260738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.163244158375) q[0];
rx(pi*0.206440001206) q[1];
rx(pi*-0.10331288169) q[2];
rx(pi*0.050259387311) q[3];
rx(pi*-0.032405391401) q[4];
rx(pi*0.004181404161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081954064327) q[0];
rx(pi*0.042428485308) q[1];
rx(pi*-0.110055454711) q[2];
rx(pi*0.03886790295) q[3];
rx(pi*-0.030987538993) q[4];
rx(pi*0.000795253095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.293911691559) q[0];
rx(pi*0.190255545431) q[1];
rx(pi*-0.111196551648) q[2];
rx(pi*0.051733731076) q[3];
rx(pi*-0.026235491796) q[4];
rx(pi*-0.001341785178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007890460423) q[0];
rx(pi*0.020602056119) q[1];
rx(pi*-0.105612369224) q[2];
rx(pi*0.040079099447) q[3];
rx(pi*-0.024677860041) q[4];
rx(pi*-0.003372437623) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
