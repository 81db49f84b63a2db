// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005216630498) q[0];
rz(pi*0.000195267667) q[1];
rz(pi*-0.003068852315) q[2];
rz(pi*0.00241029431) q[3];
rz(pi*-0.006474936327) q[4];
rz(pi*-0.002910953105) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002258630018) q[0];
rz(pi*0.003680907227) q[1];
rz(pi*-0.006869154451) q[2];
rz(pi*-0.001585353015) q[3];
rz(pi*0.001044060078) q[4];
rz(pi*-0.001939245452) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005063164685) q[0];
rz(pi*-0.003791813016) q[1];
rz(pi*0.001128465979) q[2];
rz(pi*-0.003337209973) q[3];
rz(pi*0.004475306845) q[4];
rz(pi*-6.8953209e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001184945922) q[0];
rz(pi*-0.005469167849) q[1];
rz(pi*0.005353416301) q[2];
rz(pi*0.00239616065) q[3];
rz(pi*0.00239864697) q[4];
rz(pi*0.003621974612) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001111620254) q[0];
rz(pi*-0.002034792506) q[1];
rz(pi*-0.002547245532) q[2];
rz(pi*-0.002547110647) q[3];
rz(pi*0.004361074896) q[4];
rz(pi*-0.004648536925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
