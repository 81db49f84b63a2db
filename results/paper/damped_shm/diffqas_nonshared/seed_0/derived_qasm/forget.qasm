// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.014579804808) q[0];
rx(pi*-0.07696378108) q[1];
rx(pi*-0.006750901464) q[2];
rx(pi*0.091769795588) q[3];
rx(pi*0.000990910742) q[4];
rx(pi*0.00115090444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.098468000838) q[0];
rx(pi*0.008947879243) q[1];
rx(pi*-0.102040370015) q[2];
rx(pi*0.08971544544) q[3];
rx(pi*0.000790237546) q[4];
rx(pi*0.000131509378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.142462899911) q[0];
rx(pi*-0.160508553776) q[1];
rx(pi*-0.010388597962) q[2];
rx(pi*0.086209310125) q[3];
rx(pi*0.000963601398) q[4];
rx(pi*-0.001006949754) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.114706860967) q[0];
rx(pi*-0.080363246864) q[1];
rx(pi*-0.097394086401) q[2];
rx(pi*0.095111342316) q[3];
rx(pi*0.000656831189) q[4];
rx(pi*0.001118857913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.129072845281) q[0];
rx(pi*-0.075373670353) q[1];
rx(pi*-0.011156334941) q[2];
rx(pi*0.088501806202) q[3];
rx(pi*0.00123905064) q[4];
rx(pi*0.00070084826) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
