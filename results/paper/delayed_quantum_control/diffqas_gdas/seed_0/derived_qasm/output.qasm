// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002759451268) q[0];
rx(pi*-0.000835570332) q[1];
rx(pi*-0.000535138725) q[2];
rx(pi*0.008225962043) q[3];
rx(pi*0.004959926554) q[4];
rx(pi*0.000620946312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002289846266) q[0];
rx(pi*-0.001201295391) q[1];
rx(pi*-0.0013196216) q[2];
rx(pi*0.001583169073) q[3];
rx(pi*-0.000355879462) q[4];
rx(pi*0.005093741047) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002392560423) q[0];
rx(pi*-0.003297586576) q[1];
rx(pi*-0.004745095167) q[2];
rx(pi*0.000503269215) q[3];
rx(pi*0.00383196024) q[4];
rx(pi*-0.003330238674) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002959993804) q[0];
rx(pi*0.007645334895) q[1];
rx(pi*9.2448308e-05) q[2];
rx(pi*-0.001057805537) q[3];
rx(pi*0.007918086523) q[4];
rx(pi*-0.000938340445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003596438479) q[0];
rx(pi*0.000266876246) q[1];
rx(pi*-0.003974940942) q[2];
rx(pi*-0.005045096107) q[3];
rx(pi*0.003072290236) q[4];
rx(pi*-0.001773004458) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
