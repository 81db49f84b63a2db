// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.118014019591) q[0];
ry(pi*-0.101425036376) q[1];
ry(pi*-0.001081670289) q[2];
ry(pi*0.003363617667) q[3];
ry(pi*-0.000988261968) q[4];
ry(pi*-0.003678064872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121314148811) q[0];
ry(pi*-0.041897921905) q[1];
ry(pi*-0.003199881372) q[2];
ry(pi*0.001870414102) q[3];
ry(pi*-0.001371764788) q[4];
ry(pi*0.004890971288) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114818449183) q[0];
ry(pi*-0.107461092732) q[1];
ry(pi*0.001068977373) q[2];
ry(pi*-0.002244282619) q[3];
ry(pi*7.9351136e-05) q[4];
ry(pi*0.000745847467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109316874102) q[0];
ry(pi*-0.08360057629) q[1];
ry(pi*0.001801918777) q[2];
ry(pi*0.004850891062) q[3];
ry(pi*0.00191153027) q[4];
ry(pi*0.005602852794) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109245289925) q[0];
ry(pi*-0.103597359068) q[1];
ry(pi*0.003751724786) q[2];
ry(pi*0.001521467326) q[3];
ry(pi*0.000839289287) q[4];
ry(pi*-0.000659498639) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
