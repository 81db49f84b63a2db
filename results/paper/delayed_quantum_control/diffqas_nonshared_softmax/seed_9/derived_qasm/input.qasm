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
ry(pi*0.251984366638) q[0];
ry(pi*0.137105897168) q[1];
ry(pi*-0.058256637624) q[2];
ry(pi*0.006875328301) q[3];
ry(pi*0.157435291186) q[4];
ry(pi*9.22e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.158953756075) q[0];
ry(pi*-0.143528978604) q[1];
ry(pi*-0.189517866028) q[2];
ry(pi*-0.002040005416) q[3];
ry(pi*-0.002193882552) q[4];
ry(pi*-6.662e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.102690528133) q[0];
ry(pi*0.086976757769) q[1];
ry(pi*0.048666995111) q[2];
ry(pi*0.002641053911) q[3];
ry(pi*0.285401408662) q[4];
ry(pi*4.5977e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00432010799) q[0];
ry(pi*-0.161668395788) q[1];
ry(pi*0.183895880404) q[2];
ry(pi*-0.017194685814) q[3];
ry(pi*0.013049694209) q[4];
ry(pi*-3.5311e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066275445721) q[0];
ry(pi*0.042652947142) q[1];
ry(pi*-0.12341867239) q[2];
ry(pi*0.2797353114) q[3];
ry(pi*-0.106291356432) q[4];
ry(pi*-0.003269290798) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
