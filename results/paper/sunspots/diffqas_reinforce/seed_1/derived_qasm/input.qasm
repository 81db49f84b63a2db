// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.192783815844) q[0];
ry(pi*-0.202396225654) q[1];
ry(pi*-0.269979277889) q[2];
ry(pi*-0.000755684541) q[3];
ry(pi*-0.507521114664) q[4];
ry(pi*-0.247485340005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112690968579) q[0];
ry(pi*-0.043467959465) q[1];
ry(pi*0.066453210881) q[2];
ry(pi*0.107512176855) q[3];
ry(pi*0.014895374963) q[4];
ry(pi*0.244044935774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.029171543474) q[0];
ry(pi*0.063222351162) q[1];
ry(pi*0.137994979098) q[2];
ry(pi*0.026300162778) q[3];
ry(pi*0.080618914126) q[4];
ry(pi*-0.003923510269) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053460236886) q[0];
ry(pi*0.160277294955) q[1];
ry(pi*-0.127244745149) q[2];
ry(pi*-0.122713170767) q[3];
ry(pi*-0.189042617671) q[4];
ry(pi*-0.002089695043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.039763331264) q[0];
ry(pi*-0.206727210661) q[1];
ry(pi*-0.27021142843) q[2];
ry(pi*-0.30593297628) q[3];
ry(pi*-0.024839325239) q[4];
ry(pi*-0.001080371546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
