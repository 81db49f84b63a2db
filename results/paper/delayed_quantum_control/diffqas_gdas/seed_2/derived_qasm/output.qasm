// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.032689629249) q[0];
ry(pi*0.558868124223) q[1];
ry(pi*0.018880361085) q[2];
ry(pi*-0.275006145336) q[3];
ry(pi*-0.115950572011) q[4];
ry(pi*0.237775637944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.064927503145) q[0];
ry(pi*-0.220968458644) q[1];
ry(pi*-0.021441834992) q[2];
ry(pi*-0.361745070227) q[3];
ry(pi*0.21397320657) q[4];
ry(pi*0.067708851039) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.08747057096) q[0];
ry(pi*0.495376810647) q[1];
ry(pi*0.748359011004) q[2];
ry(pi*0.060851673135) q[3];
ry(pi*0.023471525311) q[4];
ry(pi*0.011783228913) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.280948466833) q[0];
ry(pi*0.088650581003) q[1];
ry(pi*0.207681426034) q[2];
ry(pi*-0.19629994031) q[3];
ry(pi*0.683699962753) q[4];
ry(pi*-0.237652713512) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033387188405) q[0];
ry(pi*0.034780497192) q[1];
ry(pi*-0.894247905344) q[2];
ry(pi*0.006293990861) q[3];
ry(pi*-0.603285755088) q[4];
ry(pi*2.432947e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
