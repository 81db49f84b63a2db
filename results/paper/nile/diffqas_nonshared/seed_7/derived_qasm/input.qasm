// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.135135046083) q[0];
rx(pi*0.039219211833) q[1];
rx(pi*-0.00014396458) q[2];
rx(pi*-0.002274489605) q[3];
rx(pi*-0.001597702643) q[4];
rx(pi*0.002546657376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042214776277) q[0];
rx(pi*0.045828653083) q[1];
rx(pi*-0.004704363346) q[2];
rx(pi*0.001697253391) q[3];
rx(pi*0.000379538812) q[4];
rx(pi*-0.002440748386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.136318082279) q[0];
rx(pi*0.04393430486) q[1];
rx(pi*-0.000818359012) q[2];
rx(pi*-0.001082429941) q[3];
rx(pi*0.004591785286) q[4];
rx(pi*-0.001682572042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.04250561427) q[0];
rx(pi*0.043112343769) q[1];
rx(pi*0.002108938597) q[2];
rx(pi*-0.003713441635) q[3];
rx(pi*0.003768229002) q[4];
rx(pi*-0.001804049654) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.13260280088) q[0];
rx(pi*0.04132702244) q[1];
rx(pi*0.004489324445) q[2];
rx(pi*0.001039568428) q[3];
rx(pi*0.002789986423) q[4];
rx(pi*-0.001106811107) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
