// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.026303643375) q[0];
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
ry(pi*-0.28493765779) q[0];
ry(pi*-0.081499685992) q[1];
ry(pi*-0.026307192181) q[2];
ry(pi*0.001848297511) q[3];
ry(pi*-0.019473157472) q[4];
ry(pi*0.021167085889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017697348605) q[0];
ry(pi*-0.169944175523) q[1];
ry(pi*-0.011247446818) q[2];
ry(pi*0.167825583652) q[3];
ry(pi*-0.003992151892) q[4];
ry(pi*0.018044274783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009825699068) q[0];
ry(pi*0.020207114659) q[1];
ry(pi*-0.494375656696) q[2];
ry(pi*0.013251693497) q[3];
ry(pi*-0.003838186859) q[4];
ry(pi*-0.265176725238) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.504334034561) q[0];
ry(pi*0.671188422231) q[1];
ry(pi*0.35051844007) q[2];
ry(pi*-0.481041040434) q[3];
ry(pi*-0.004449357166) q[4];
ry(pi*0.000607657162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002831320036) q[0];
ry(pi*-0.456414375981) q[1];
ry(pi*-0.079173731475) q[2];
ry(pi*-0.018931835336) q[3];
ry(pi*-0.497544674744) q[4];
ry(pi*0.005865296884) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
