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
ry(pi*0.060727885443) q[0];
ry(pi*0.081084894296) q[1];
ry(pi*0.08643786533) q[2];
ry(pi*0.100313072092) q[3];
ry(pi*0.109167359364) q[4];
ry(pi*-0.000927175946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.057667002571) q[0];
ry(pi*-0.048324043724) q[1];
ry(pi*0.020749064083) q[2];
ry(pi*-0.022640670744) q[3];
ry(pi*0.003580014305) q[4];
ry(pi*0.002510318043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052924588787) q[0];
ry(pi*0.070093862977) q[1];
ry(pi*-0.062620004368) q[2];
ry(pi*0.024451572079) q[3];
ry(pi*0.012099179708) q[4];
ry(pi*-0.002916059738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.072173124342) q[0];
ry(pi*-0.058709493396) q[1];
ry(pi*-0.039252096348) q[2];
ry(pi*0.017332350885) q[3];
ry(pi*-0.018344282542) q[4];
ry(pi*-0.000729395279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.079527909986) q[0];
ry(pi*0.084946626334) q[1];
ry(pi*0.096039631429) q[2];
ry(pi*0.105577279127) q[3];
ry(pi*0.000877648922) q[4];
ry(pi*-0.005564505906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
