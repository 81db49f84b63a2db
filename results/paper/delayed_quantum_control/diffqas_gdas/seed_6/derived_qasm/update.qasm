// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
ry(pi*0.025733771713) q[0];
ry(pi*0.000790732468) q[1];
ry(pi*-3.7254741e-05) q[2];
ry(pi*0.003060087795) q[3];
ry(pi*-0.500043992743) q[4];
ry(pi*0.00020846414) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006176215158) q[0];
ry(pi*-0.500243548103) q[1];
ry(pi*0.004439622961) q[2];
ry(pi*0.066619881726) q[3];
ry(pi*0.029286900152) q[4];
ry(pi*-0.000189642952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.508674050596) q[0];
ry(pi*-0.507287180685) q[1];
ry(pi*-9.7141858e-05) q[2];
ry(pi*0.002712968332) q[3];
ry(pi*-0.501576080065) q[4];
ry(pi*-0.0003383001) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00038601845) q[0];
ry(pi*-0.000260258259) q[1];
ry(pi*0.000262718009) q[2];
ry(pi*7.0823396e-05) q[3];
ry(pi*0.503469977685) q[4];
ry(pi*0.496682742816) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000358823907) q[0];
ry(pi*0.043958708557) q[1];
ry(pi*-0.005292468128) q[2];
ry(pi*0.000317514158) q[3];
ry(pi*-0.022173016229) q[4];
ry(pi*0.002879172863) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
