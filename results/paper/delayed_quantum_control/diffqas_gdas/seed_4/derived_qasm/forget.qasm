// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.002926986262) q[0];
rz(pi*0.004538099822) q[1];
rz(pi*-0.000250289951) q[2];
rz(pi*-0.000839330049) q[3];
rz(pi*-0.002892934627) q[4];
rz(pi*-0.001445741754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000257169184) q[0];
rz(pi*0.000596254022) q[1];
rz(pi*0.003544036046) q[2];
rz(pi*-0.004148345927) q[3];
rz(pi*-0.00106601718) q[4];
rz(pi*0.003853127897) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000623186282) q[0];
rz(pi*0.001343258679) q[1];
rz(pi*0.005114185368) q[2];
rz(pi*0.001117185791) q[3];
rz(pi*0.00152677436) q[4];
rz(pi*-8.8252468e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005668038412) q[0];
rz(pi*0.003382907615) q[1];
rz(pi*-0.002256492175) q[2];
rz(pi*0.001783953067) q[3];
rz(pi*-0.003617911183) q[4];
rz(pi*0.003496079462) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002171140453) q[0];
rz(pi*-0.000477976801) q[1];
rz(pi*-0.001250697461) q[2];
rz(pi*-0.00568765149) q[3];
rz(pi*0.002454114687) q[4];
rz(pi*-0.000351636348) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
