// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.16130009681) q[0];
ry(pi*0.123649295625) q[1];
ry(pi*-0.013057170658) q[2];
ry(pi*0.008739938521) q[3];
ry(pi*0.132118919923) q[4];
ry(pi*1.472e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.221677906599) q[0];
ry(pi*-0.170056475217) q[1];
ry(pi*-0.18903315027) q[2];
ry(pi*-0.004135528946) q[3];
ry(pi*-0.00173592578) q[4];
ry(pi*-1.669e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.144284302663) q[0];
ry(pi*0.054879175484) q[1];
ry(pi*0.052311266259) q[2];
ry(pi*0.006457123882) q[3];
ry(pi*0.27572449151) q[4];
ry(pi*7.112e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000983551984) q[0];
ry(pi*-0.20015622717) q[1];
ry(pi*0.195608763112) q[2];
ry(pi*-0.02764817413) q[3];
ry(pi*0.021778613121) q[4];
ry(pi*-1.3347e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066987953031) q[0];
ry(pi*0.042897780965) q[1];
ry(pi*-0.120817356899) q[2];
ry(pi*0.282673601862) q[3];
ry(pi*-0.137199755351) q[4];
ry(pi*-0.003269244255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
