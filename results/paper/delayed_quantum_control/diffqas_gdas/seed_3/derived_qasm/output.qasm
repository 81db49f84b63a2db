// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.316916735344) q[0];
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
rx(pi*0.179211508998) q[0];
rx(pi*0.345446569266) q[1];
rx(pi*-0.223899349736) q[2];
rx(pi*-0.018814441459) q[3];
rx(pi*-0.201859069221) q[4];
rx(pi*0.006970691853) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.16484524958) q[0];
rx(pi*-0.043521059443) q[1];
rx(pi*-0.31791551865) q[2];
rx(pi*0.008944400708) q[3];
rx(pi*-0.195148028907) q[4];
rx(pi*-0.002525493869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.329006645443) q[0];
rx(pi*0.293764785573) q[1];
rx(pi*-0.018464029039) q[2];
rx(pi*-0.003113237576) q[3];
rx(pi*-0.207713110522) q[4];
rx(pi*0.000360423732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.161278581714) q[0];
rx(pi*0.050516520218) q[1];
rx(pi*-0.243396902604) q[2];
rx(pi*0.019807567566) q[3];
rx(pi*-0.195985523935) q[4];
rx(pi*5.4485576e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.153125062365) q[0];
rx(pi*0.353872859808) q[1];
rx(pi*-0.212121940713) q[2];
rx(pi*-0.011405692578) q[3];
rx(pi*-0.205259649654) q[4];
rx(pi*-0.000620356119) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
