// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.09580873309) q[0];
ry(pi*-0.218196767879) q[1];
ry(pi*-0.513792518469) q[2];
ry(pi*-0.495055222573) q[3];
ry(pi*0.089884264949) q[4];
ry(pi*0.016874185116) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109318799836) q[0];
ry(pi*0.355439325749) q[1];
ry(pi*0.026185223501) q[2];
ry(pi*-0.534444733789) q[3];
ry(pi*-0.132343955683) q[4];
ry(pi*0.002072891562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009910097558) q[0];
ry(pi*0.323301616102) q[1];
ry(pi*0.021872544824) q[2];
ry(pi*0.038324340843) q[3];
ry(pi*0.093447024429) q[4];
ry(pi*-0.012561423433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006767893932) q[0];
ry(pi*0.214625774226) q[1];
ry(pi*-0.077617235713) q[2];
ry(pi*0.209405081189) q[3];
ry(pi*0.049028919246) q[4];
ry(pi*0.021482142594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.26991782516) q[0];
ry(pi*0.037366617884) q[1];
ry(pi*-0.084174710608) q[2];
ry(pi*0.286483633163) q[3];
ry(pi*-0.197254743838) q[4];
ry(pi*-0.00174121384) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
