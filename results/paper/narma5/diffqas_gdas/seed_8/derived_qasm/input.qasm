// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*0.001557624344) q[0];
rz(pi*-0.001211899971) q[1];
rz(pi*0.003397668116) q[2];
rz(pi*-0.004547376309) q[3];
rz(pi*-0.001186454329) q[4];
rz(pi*0.002739874653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003095335603) q[0];
rz(pi*0.002718033463) q[1];
rz(pi*3.1127982e-05) q[2];
rz(pi*-0.001369103267) q[3];
rz(pi*9.038843e-05) q[4];
rz(pi*0.003952333134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001590900765) q[0];
rz(pi*-0.000114197923) q[1];
rz(pi*-0.003579728528) q[2];
rz(pi*0.000329240242) q[3];
rz(pi*0.001611703789) q[4];
rz(pi*0.002702002381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001252026295) q[0];
rz(pi*0.005125956772) q[1];
rz(pi*0.00117621705) q[2];
rz(pi*0.002030169974) q[3];
rz(pi*6.0242193e-05) q[4];
rz(pi*0.002593553858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000830262632) q[0];
rz(pi*0.003158674935) q[1];
rz(pi*-0.002243143513) q[2];
rz(pi*-0.002419325189) q[3];
rz(pi*0.00386114329) q[4];
rz(pi*-0.005457734397) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
