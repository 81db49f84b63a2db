// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
ry(pi*0.027401032747) q[0];
ry(pi*-0.040342185053) q[1];
ry(pi*-5.4188988e-05) q[2];
ry(pi*-1.6162e-08) q[3];
ry(pi*-0.00378401166) q[4];
ry(pi*-5.9868e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00344220931) q[0];
ry(pi*1.1415197e-05) q[1];
ry(pi*-0.002403998915) q[2];
ry(pi*4.6716343e-05) q[3];
ry(pi*-4.70559e-07) q[4];
ry(pi*2.1371529e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.0692442e-05) q[0];
ry(pi*-2.7815e-08) q[1];
ry(pi*4.2725e-08) q[2];
ry(pi*0.00235472995) q[3];
ry(pi*-1.9051798e-05) q[4];
ry(pi*-0.002612741532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.9912315e-05) q[0];
ry(pi*-0.003172037382) q[1];
ry(pi*4.5490933e-05) q[2];
ry(pi*0.00192940245) q[3];
ry(pi*0.001286051398) q[4];
ry(pi*2.186667e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004039395219) q[0];
ry(pi*4.84868e-07) q[1];
ry(pi*0.000114366806) q[2];
ry(pi*-0.009242077783) q[3];
ry(pi*-0.031297333132) q[4];
ry(pi*-0.004605168485) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
