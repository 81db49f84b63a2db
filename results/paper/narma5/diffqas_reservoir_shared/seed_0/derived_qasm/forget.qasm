// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*1.273923322562) q[0];
rx(pi*0.539573409) q[1];
rx(pi*0.08194704441) q[2];
rx(pi*0.033055272042) q[3];
rx(pi*1.626540490037) q[4];
rx(pi*1.825511186095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.213271546296) q[0];
rx(pi*1.458993065839) q[1];
rx(pi*1.08725000265) q[2];
rx(pi*1.870144802719) q[3];
rx(pi*1.631707148689) q[4];
rx(pi*0.005477000629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.714808542501) q[0];
rx(pi*0.06717114914) q[1];
rx(pi*1.459310897308) q[2];
rx(pi*0.351311235306) q[3];
rx(pi*1.726357785259) q[4];
rx(pi*1.082922470683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.599423776404) q[0];
rx(pi*0.845374410847) q[1];
rx(pi*0.056639343692) q[2];
rx(pi*0.24856655895) q[3];
rx(pi*1.341248800775) q[4];
rx(pi*1.294378980216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.230770187386) q[0];
rx(pi*0.767355133124) q[1];
rx(pi*1.994419942885) q[2];
rx(pi*1.961670703635) q[3];
rx(pi*1.371083977761) q[4];
rx(pi*1.300918506892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
