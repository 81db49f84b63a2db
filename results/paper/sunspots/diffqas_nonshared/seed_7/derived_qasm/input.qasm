// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rz(pi*0.000316009567) q[0];
rz(pi*-0.000513982222) q[1];
rz(pi*0.001178353559) q[2];
rz(pi*-0.000784575144) q[3];
rz(pi*-0.004945953125) q[4];
rz(pi*0.001896282109) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000917598192) q[0];
rz(pi*-0.000490438673) q[1];
rz(pi*0.003135122048) q[2];
rz(pi*0.003878604444) q[3];
rz(pi*-0.003476834278) q[4];
rz(pi*-0.002486231102) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004925175891) q[0];
rz(pi*0.004516366243) q[1];
rz(pi*-0.002350371258) q[2];
rz(pi*-0.003758303883) q[3];
rz(pi*-0.002029414473) q[4];
rz(pi*-0.0015855337) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005042206914) q[0];
rz(pi*9.9232677e-05) q[1];
rz(pi*-0.004074909535) q[2];
rz(pi*-0.003852753779) q[3];
rz(pi*0.002916089087) q[4];
rz(pi*-0.002174631735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000227468608) q[0];
rz(pi*0.002002492144) q[1];
rz(pi*0.002588591299) q[2];
rz(pi*-0.001072748948) q[3];
rz(pi*0.000140440271) q[4];
rz(pi*-0.002627346397) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
