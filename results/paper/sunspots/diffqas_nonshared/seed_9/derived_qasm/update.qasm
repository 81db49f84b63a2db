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
rz(pi*-0.138235523653) q[0];
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
rx(pi*0.084720357345) q[0];
rx(pi*0.088900575413) q[1];
rx(pi*0.134356432977) q[2];
rx(pi*0.078193001688) q[3];
rx(pi*0.001643092274) q[4];
rx(pi*-0.001990737044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.135078526268) q[0];
rx(pi*0.115998573062) q[1];
rx(pi*0.163661236288) q[2];
rx(pi*0.079361817809) q[3];
rx(pi*0.000125003653) q[4];
rx(pi*0.004259038273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095106959611) q[0];
rx(pi*0.089304230106) q[1];
rx(pi*0.134132981441) q[2];
rx(pi*0.080936128981) q[3];
rx(pi*-0.006594794882) q[4];
rx(pi*0.002536120683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.123654864126) q[0];
rx(pi*0.100105956092) q[1];
rx(pi*0.165474727403) q[2];
rx(pi*0.081939331988) q[3];
rx(pi*0.001916400781) q[4];
rx(pi*0.001809062313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091577952649) q[0];
rx(pi*0.091253518664) q[1];
rx(pi*0.135346440438) q[2];
rx(pi*0.075416359035) q[3];
rx(pi*-0.001532700379) q[4];
rx(pi*-0.000434790788) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
