// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.003315301786) q[0];
ry(pi*0.024511632684) q[1];
ry(pi*0.232556045326) q[2];
ry(pi*0.210796694287) q[3];
ry(pi*-0.010816017208) q[4];
ry(pi*0.030696724716) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.196116986104) q[0];
ry(pi*0.233313627142) q[1];
ry(pi*-0.032027252681) q[2];
ry(pi*0.341301099785) q[3];
ry(pi*-0.019639799858) q[4];
ry(pi*0.02233716607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.105185586751) q[0];
ry(pi*0.115281706763) q[1];
ry(pi*-0.026297449675) q[2];
ry(pi*0.256267824912) q[3];
ry(pi*0.396313909818) q[4];
ry(pi*0.439208901789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.071192228543) q[0];
ry(pi*0.273559985589) q[1];
ry(pi*0.404607201399) q[2];
ry(pi*-0.002256309414) q[3];
ry(pi*0.482161912422) q[4];
ry(pi*0.422755810879) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.082950342281) q[0];
ry(pi*0.029433668585) q[1];
ry(pi*-0.003337883802) q[2];
ry(pi*-0.072100548839) q[3];
ry(pi*0.186187276061) q[4];
ry(pi*-0.002610897025) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
