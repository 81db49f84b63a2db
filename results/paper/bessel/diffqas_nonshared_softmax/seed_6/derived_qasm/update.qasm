// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.558974447501) q[0];
ry(pi*0.014379089739) q[1];
ry(pi*-0.273346599096) q[2];
ry(pi*0.014461108927) q[3];
ry(pi*-0.021433342316) q[4];
ry(pi*0.104434711802) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.319145711611) q[0];
ry(pi*-0.027136815891) q[1];
ry(pi*-0.047262063144) q[2];
ry(pi*-0.026076547602) q[3];
ry(pi*-0.040364843257) q[4];
ry(pi*0.00752058315) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08941524914) q[0];
ry(pi*-0.072939523742) q[1];
ry(pi*0.012467335205) q[2];
ry(pi*0.07082947435) q[3];
ry(pi*-0.024535597636) q[4];
ry(pi*-0.023879942164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038081677029) q[0];
ry(pi*0.001286527199) q[1];
ry(pi*-0.564149416217) q[2];
ry(pi*-0.062243110735) q[3];
ry(pi*0.005397136627) q[4];
ry(pi*0.185071526715) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.111045357822) q[0];
ry(pi*0.345857784599) q[1];
ry(pi*-0.204652939128) q[2];
ry(pi*0.098210028388) q[3];
ry(pi*0.018881131853) q[4];
ry(pi*0.000607958243) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
