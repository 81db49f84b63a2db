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
rx(pi*0.100113488273) q[0];
rx(pi*-0.005710243289) q[1];
rx(pi*0.000343566223) q[2];
rx(pi*0.003057496533) q[3];
rx(pi*0.002084794441) q[4];
rx(pi*-0.002096320534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09964102891) q[0];
rx(pi*-0.003828514908) q[1];
rx(pi*0.001992328532) q[2];
rx(pi*0.004565923356) q[3];
rx(pi*-0.001652227207) q[4];
rx(pi*-0.005404333227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096813008057) q[0];
rx(pi*0.002238961505) q[1];
rx(pi*-0.008644031874) q[2];
rx(pi*0.000395127926) q[3];
rx(pi*0.006910839356) q[4];
rx(pi*0.002612204662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104535286337) q[0];
rx(pi*0.001273196917) q[1];
rx(pi*0.003368239013) q[2];
rx(pi*-0.003018988081) q[3];
rx(pi*-0.002668822899) q[4];
rx(pi*0.001297333513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095977457735) q[0];
rx(pi*0.000819657163) q[1];
rx(pi*-0.006090179676) q[2];
rx(pi*0.0023669567) q[3];
rx(pi*0.002717394319) q[4];
rx(pi*0.000139034027) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
