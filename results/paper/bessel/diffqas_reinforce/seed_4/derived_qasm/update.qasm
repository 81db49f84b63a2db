// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.072369904938) q[0];
ry(pi*0.000726973437) q[1];
ry(pi*0.008330513148) q[2];
ry(pi*0.041008930095) q[3];
ry(pi*0.060984197778) q[4];
ry(pi*0.039139116007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040562197778) q[0];
ry(pi*-0.501396256362) q[1];
ry(pi*-0.023797650242) q[2];
ry(pi*-0.341799437976) q[3];
ry(pi*0.156421899814) q[4];
ry(pi*-0.563344819933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005950729388) q[0];
ry(pi*-0.060782593361) q[1];
ry(pi*-0.155979739929) q[2];
ry(pi*-0.027921042559) q[3];
ry(pi*-0.002187654155) q[4];
ry(pi*-0.009082091867) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.046698989938) q[0];
ry(pi*0.00751320453) q[1];
ry(pi*-0.341293283013) q[2];
ry(pi*-0.048003114953) q[3];
ry(pi*0.030192419596) q[4];
ry(pi*-0.464347640702) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.087282105171) q[0];
ry(pi*0.035909944863) q[1];
ry(pi*-0.177597269679) q[2];
ry(pi*0.014723015851) q[3];
ry(pi*0.036426193327) q[4];
ry(pi*-0.001858974869) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
