// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.025875785101) q[0];
ry(pi*-0.125443074055) q[1];
ry(pi*-0.137911726681) q[2];
ry(pi*0.052197273247) q[3];
ry(pi*0.01282159435) q[4];
ry(pi*0.00014566579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.11693870117) q[0];
ry(pi*0.119855837019) q[1];
ry(pi*0.129677487777) q[2];
ry(pi*-0.090434038259) q[3];
ry(pi*0.006805883302) q[4];
ry(pi*-0.005776979336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.072584202123) q[0];
ry(pi*0.086167816726) q[1];
ry(pi*0.171903661932) q[2];
ry(pi*0.002331828065) q[3];
ry(pi*0.011498643626) q[4];
ry(pi*0.001312484586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.051628413353) q[0];
ry(pi*0.165951664335) q[1];
ry(pi*0.06939863984) q[2];
ry(pi*0.462323476196) q[3];
ry(pi*0.499730145551) q[4];
ry(pi*-0.416094858619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.284084737917) q[0];
ry(pi*-0.000938033694) q[1];
ry(pi*-0.119918428113) q[2];
ry(pi*0.000867503616) q[3];
ry(pi*-0.002372874122) q[4];
ry(pi*-0.002051376466) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
