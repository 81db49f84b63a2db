// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.138442773889) q[0];
ry(pi*-0.144691495774) q[1];
ry(pi*-0.001178150936) q[2];
ry(pi*-9.910483e-06) q[3];
ry(pi*-0.006677813697) q[4];
ry(pi*-0.001536227383) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.192448131019) q[0];
ry(pi*0.000496854426) q[1];
ry(pi*0.001612512799) q[2];
ry(pi*0.002216337392) q[3];
ry(pi*0.000176525835) q[4];
ry(pi*0.002468675085) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001911769356) q[0];
ry(pi*0.003505283913) q[1];
ry(pi*-0.000248998748) q[2];
ry(pi*-0.002416348988) q[3];
ry(pi*-0.001590841919) q[4];
ry(pi*-0.001239030555) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000169656126) q[0];
ry(pi*-0.001928045305) q[1];
ry(pi*0.001796409862) q[2];
ry(pi*0.001826237838) q[3];
ry(pi*-0.001741821858) q[4];
ry(pi*-0.000492641475) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007514788161) q[0];
ry(pi*-0.000417755558) q[1];
ry(pi*0.000655900265) q[2];
ry(pi*-0.002744418626) q[3];
ry(pi*0.0038463401) q[4];
ry(pi*0.001255880134) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
