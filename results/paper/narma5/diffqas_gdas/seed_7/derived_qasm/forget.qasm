// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*7.834067e-06) q[0];
ry(pi*-0.000972976826) q[1];
ry(pi*-0.000661856003) q[2];
ry(pi*-0.002628741783) q[3];
ry(pi*-0.000630636569) q[4];
ry(pi*-0.002831742476) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001352927962) q[0];
ry(pi*0.003951762469) q[1];
ry(pi*-0.00069923239) q[2];
ry(pi*-0.000941209702) q[3];
ry(pi*0.001335371797) q[4];
ry(pi*0.001067472968) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00014755759) q[0];
ry(pi*-0.001445115653) q[1];
ry(pi*-0.000108479325) q[2];
ry(pi*0.000954224266) q[3];
ry(pi*-0.003983952108) q[4];
ry(pi*-0.000643801062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005606035472) q[0];
ry(pi*-0.002832883213) q[1];
ry(pi*-0.003265707913) q[2];
ry(pi*-0.000600072769) q[3];
ry(pi*-0.001964468238) q[4];
ry(pi*0.00042059417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000174943278) q[0];
ry(pi*-0.000556972023) q[1];
ry(pi*-0.008009197215) q[2];
ry(pi*-0.001714712914) q[3];
ry(pi*-0.000154383305) q[4];
ry(pi*0.000360673712) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
