// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005655807511) q[0];
ry(pi*0.000110855134) q[1];
ry(pi*4.3922847e-05) q[2];
ry(pi*-1.7686955e-05) q[3];
ry(pi*-0.002262441317) q[4];
ry(pi*0.001720110957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.125878e-06) q[0];
ry(pi*-0.000464626323) q[1];
ry(pi*0.500852345631) q[2];
ry(pi*-0.000678630283) q[3];
ry(pi*-0.000481339128) q[4];
ry(pi*9.3451353e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002074836713) q[0];
ry(pi*-0.046982148711) q[1];
ry(pi*0.047523455433) q[2];
ry(pi*0.000478872522) q[3];
ry(pi*-0.201636272245) q[4];
ry(pi*0.000150261948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003266535006) q[0];
ry(pi*-0.515882708137) q[1];
ry(pi*0.001683658232) q[2];
ry(pi*-0.000231756967) q[3];
ry(pi*-0.000169425729) q[4];
ry(pi*-0.307007535791) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.070272960972) q[0];
ry(pi*0.043702372506) q[1];
ry(pi*-0.014139881336) q[2];
ry(pi*0.000158159623) q[3];
ry(pi*0.11321219739) q[4];
ry(pi*0.000715513453) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
