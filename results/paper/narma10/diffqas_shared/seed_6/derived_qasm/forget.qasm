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
ry(pi*-0.109162521313) q[0];
ry(pi*-0.041580541038) q[1];
ry(pi*0.001801154086) q[2];
ry(pi*0.001892617256) q[3];
ry(pi*0.000150942854) q[4];
ry(pi*-0.000671339931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109781260561) q[0];
ry(pi*0.016295124998) q[1];
ry(pi*-0.003694321256) q[2];
ry(pi*-0.001092162441) q[3];
ry(pi*0.000569907731) q[4];
ry(pi*-0.001659379488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107827636731) q[0];
ry(pi*-0.042680960404) q[1];
ry(pi*0.001683626808) q[2];
ry(pi*0.001562377017) q[3];
ry(pi*0.001157183382) q[4];
ry(pi*0.000112947102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.110508305739) q[0];
ry(pi*-0.009146069751) q[1];
ry(pi*-0.00119416979) q[2];
ry(pi*-0.000209123647) q[3];
ry(pi*-0.000181779526) q[4];
ry(pi*0.000809959495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106687289217) q[0];
ry(pi*-0.028904101251) q[1];
ry(pi*-0.003837930726) q[2];
ry(pi*-0.003033432271) q[3];
ry(pi*0.000660662647) q[4];
ry(pi*-0.003299564188) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
