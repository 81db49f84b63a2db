// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*0.31407835632) q[0];
ry(pi*0.002249495826) q[1];
ry(pi*-0.034707871886) q[2];
ry(pi*-0.449110019901) q[3];
ry(pi*0.4989989738) q[4];
ry(pi*0.50464226582) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013041378217) q[0];
ry(pi*-0.173835467103) q[1];
ry(pi*-0.04570228984) q[2];
ry(pi*0.006195004107) q[3];
ry(pi*-0.026699465598) q[4];
ry(pi*0.044064106914) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.053250042558) q[0];
ry(pi*0.044074096065) q[1];
ry(pi*0.075544894658) q[2];
ry(pi*0.005834531388) q[3];
ry(pi*-0.024104150238) q[4];
ry(pi*-0.001080133497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.236767198459) q[0];
ry(pi*0.150562479739) q[1];
ry(pi*0.017661244652) q[2];
ry(pi*-0.054423559178) q[3];
ry(pi*0.10204292185) q[4];
ry(pi*-0.000920271052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.119755575533) q[0];
ry(pi*0.066407111847) q[1];
ry(pi*-0.042525450278) q[2];
ry(pi*-0.044512840856) q[3];
ry(pi*0.037739548584) q[4];
ry(pi*0.003937872936) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
