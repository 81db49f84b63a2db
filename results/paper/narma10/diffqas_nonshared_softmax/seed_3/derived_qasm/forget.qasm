// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.000255721586) q[0];
rz(pi*-0.001801396285) q[1];
rz(pi*0.00555054315) q[2];
rz(pi*0.000663269102) q[3];
rz(pi*-0.003216782533) q[4];
rz(pi*-0.002508628579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000182933473) q[0];
rz(pi*0.007307691134) q[1];
rz(pi*-0.000567432714) q[2];
rz(pi*0.000405770007) q[3];
rz(pi*0.001636257193) q[4];
rz(pi*-0.000127724537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007259569131) q[0];
rz(pi*-0.001691896406) q[1];
rz(pi*0.002368872058) q[2];
rz(pi*0.000510689894) q[3];
rz(pi*0.001977329537) q[4];
rz(pi*-0.003745370991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005628077655) q[0];
rz(pi*-0.000386834093) q[1];
rz(pi*0.000108745046) q[2];
rz(pi*-0.002976121825) q[3];
rz(pi*-0.002322692242) q[4];
rz(pi*0.001796029962) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003140126703) q[0];
rz(pi*0.002397684103) q[1];
rz(pi*0.003848271763) q[2];
rz(pi*0.002274288909) q[3];
rz(pi*9.0596788e-05) q[4];
rz(pi*0.002662744801) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
