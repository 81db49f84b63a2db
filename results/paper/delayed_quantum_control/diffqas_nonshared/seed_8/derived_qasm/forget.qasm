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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062330859694) q[0];
ry(pi*0.414624015326) q[1];
ry(pi*-0.079569076105) q[2];
ry(pi*-0.004470199915) q[3];
ry(pi*0.002589111567) q[4];
ry(pi*0.616010359566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018237710246) q[0];
ry(pi*-0.130638410016) q[1];
ry(pi*-0.091877418499) q[2];
ry(pi*0.098624573439) q[3];
ry(pi*0.000781880124) q[4];
ry(pi*0.000126547931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.022251767361) q[0];
ry(pi*0.731020044559) q[1];
ry(pi*-0.003707178257) q[2];
ry(pi*-0.001246293709) q[3];
ry(pi*-0.00536694387) q[4];
ry(pi*-0.07781939034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.439359052114) q[0];
ry(pi*-0.523199548285) q[1];
ry(pi*-0.207289638794) q[2];
ry(pi*-0.036754751514) q[3];
ry(pi*-0.002244205987) q[4];
ry(pi*-0.002286369954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.320348394087) q[0];
ry(pi*0.127126525958) q[1];
ry(pi*-0.362841012025) q[2];
ry(pi*-0.492961769593) q[3];
ry(pi*-0.49556050479) q[4];
ry(pi*0.002631135907) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
