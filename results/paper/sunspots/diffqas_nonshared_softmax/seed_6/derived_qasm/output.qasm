// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.140913025639) q[0];
ry(pi*-0.510437036257) q[1];
ry(pi*0.14969518801) q[2];
ry(pi*0.256208535076) q[3];
ry(pi*-0.075479946199) q[4];
ry(pi*-0.004498193018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.022476421295) q[0];
ry(pi*-0.050400207788) q[1];
ry(pi*0.491722659441) q[2];
ry(pi*0.085165714138) q[3];
ry(pi*0.01944821661) q[4];
ry(pi*-0.015631414409) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.024633146018) q[0];
ry(pi*0.250367983398) q[1];
ry(pi*0.537933214962) q[2];
ry(pi*-0.447459239069) q[3];
ry(pi*0.014956987775) q[4];
ry(pi*0.000573561689) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.048645470529) q[0];
ry(pi*-0.006395022521) q[1];
ry(pi*0.149985072622) q[2];
ry(pi*0.007258355468) q[3];
ry(pi*0.501551225765) q[4];
ry(pi*-0.010127924267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.023640906887) q[0];
ry(pi*0.039385443933) q[1];
ry(pi*0.323102705815) q[2];
ry(pi*-0.110629494165) q[3];
ry(pi*0.002642116978) q[4];
ry(pi*-0.000605422232) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
