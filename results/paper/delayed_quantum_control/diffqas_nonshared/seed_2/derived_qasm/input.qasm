// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*6.7329974e-05) q[0];
ry(pi*-0.297032215263) q[1];
ry(pi*0.080090551562) q[2];
ry(pi*5.94741e-07) q[3];
ry(pi*1.0038e-08) q[4];
ry(pi*2.8132842e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.425893e-06) q[0];
ry(pi*0.503013910776) q[1];
ry(pi*-0.500387437422) q[2];
ry(pi*0.500000013914) q[3];
ry(pi*2.07758e-06) q[4];
ry(pi*9.18e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.537652456242) q[0];
ry(pi*-2.15002e-07) q[1];
ry(pi*-2.372e-09) q[2];
ry(pi*-2.390507e-06) q[3];
ry(pi*0.170928899074) q[4];
ry(pi*-0.499996409092) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.31461e-07) q[0];
ry(pi*1.213134e-06) q[1];
ry(pi*-0.042138629155) q[2];
ry(pi*2.06e-09) q[3];
ry(pi*0.323799271274) q[4];
ry(pi*-0.000104904463) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.117e-09) q[0];
ry(pi*-4.613398e-06) q[1];
ry(pi*0.049334831087) q[2];
ry(pi*-0.008362727687) q[3];
ry(pi*0.191926778885) q[4];
ry(pi*0.006143353173) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
