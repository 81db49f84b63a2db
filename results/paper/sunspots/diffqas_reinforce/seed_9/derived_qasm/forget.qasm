// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.492601439168) q[0];
ry(pi*-0.500230343071) q[1];
ry(pi*-0.001683272848) q[2];
ry(pi*0.066647363751) q[3];
ry(pi*-0.490959803201) q[4];
ry(pi*-3.6606425e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000728706479) q[0];
ry(pi*-0.311489354142) q[1];
ry(pi*-0.113345120461) q[2];
ry(pi*0.058472789395) q[3];
ry(pi*-0.190791582472) q[4];
ry(pi*-0.192019555621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.2047190971) q[0];
ry(pi*0.068694447336) q[1];
ry(pi*0.141049885554) q[2];
ry(pi*-0.000414433104) q[3];
ry(pi*-0.500017241169) q[4];
ry(pi*-0.00035758775) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.354863920257) q[0];
ry(pi*0.469728198112) q[1];
ry(pi*-0.001721521166) q[2];
ry(pi*-0.000357768473) q[3];
ry(pi*-0.000132408722) q[4];
ry(pi*0.095575017297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.100982278849) q[0];
ry(pi*-0.000434507939) q[1];
ry(pi*-0.009105995158) q[2];
ry(pi*-0.133016349862) q[3];
ry(pi*-0.000229291085) q[4];
ry(pi*-0.002778922347) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
