// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.138235523653) q[0];
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
ry(pi*-0.005449684616) q[0];
ry(pi*0.032648261544) q[1];
ry(pi*0.005239950969) q[2];
ry(pi*-0.314809964444) q[3];
ry(pi*0.137441914016) q[4];
ry(pi*0.181045414791) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010542401727) q[0];
ry(pi*0.134200173427) q[1];
ry(pi*0.299338865009) q[2];
ry(pi*0.264698479187) q[3];
ry(pi*-0.228212082959) q[4];
ry(pi*0.235741019454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.476943837624) q[0];
ry(pi*-0.500847033262) q[1];
ry(pi*0.500222336571) q[2];
ry(pi*-0.495536219673) q[3];
ry(pi*-0.489722969779) q[4];
ry(pi*0.473101628543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009640354889) q[0];
ry(pi*0.294095518511) q[1];
ry(pi*-0.260907591388) q[2];
ry(pi*-0.21478558168) q[3];
ry(pi*-0.212614833726) q[4];
ry(pi*-0.309718893218) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.391413287034) q[0];
ry(pi*0.31228402768) q[1];
ry(pi*0.144320056806) q[2];
ry(pi*0.184346388298) q[3];
ry(pi*0.022569480251) q[4];
ry(pi*0.001280285609) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
