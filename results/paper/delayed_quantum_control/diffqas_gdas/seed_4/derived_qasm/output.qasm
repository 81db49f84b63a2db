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
ry(pi*-0.316916735344) q[0];
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
rx(pi*0.253987699067) q[0];
rx(pi*-0.013286644855) q[1];
rx(pi*0.025776941829) q[2];
rx(pi*0.003645055552) q[3];
rx(pi*-0.001032550735) q[4];
rx(pi*-0.002394559232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.61521293498) q[0];
rx(pi*-0.009607218985) q[1];
rx(pi*0.169685349299) q[2];
rx(pi*-0.0072842924) q[3];
rx(pi*0.00133668892) q[4];
rx(pi*-0.002780078795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.386064072603) q[0];
rx(pi*0.068319375087) q[1];
rx(pi*0.023513576034) q[2];
rx(pi*0.008537605432) q[3];
rx(pi*-0.004789851879) q[4];
rx(pi*0.000207695077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.420141480083) q[0];
rx(pi*-0.031082243834) q[1];
rx(pi*0.147998682856) q[2];
rx(pi*-0.00815534014) q[3];
rx(pi*0.00474731231) q[4];
rx(pi*0.001947156347) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095253419737) q[0];
rx(pi*-0.012398206813) q[1];
rx(pi*0.023061180352) q[2];
rx(pi*0.013845514412) q[3];
rx(pi*0.000268778042) q[4];
rx(pi*0.000202152144) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
