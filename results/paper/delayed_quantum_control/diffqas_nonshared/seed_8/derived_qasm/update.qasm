// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.215195639676) q[0];
ry(pi*-0.169999291355) q[1];
ry(pi*0.000514967471) q[2];
ry(pi*-0.106038108196) q[3];
ry(pi*0.005945461486) q[4];
ry(pi*-0.09712855331) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095117679214) q[0];
ry(pi*0.154927293155) q[1];
ry(pi*-0.438605264848) q[2];
ry(pi*-0.087495178614) q[3];
ry(pi*0.044764281938) q[4];
ry(pi*0.040958704489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018504317669) q[0];
ry(pi*0.17882345939) q[1];
ry(pi*0.223510256626) q[2];
ry(pi*-0.075466726937) q[3];
ry(pi*0.286709712425) q[4];
ry(pi*-0.242361351062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.083543136296) q[0];
ry(pi*-0.259346551654) q[1];
ry(pi*-0.010529247684) q[2];
ry(pi*-0.474036529658) q[3];
ry(pi*-0.103358795739) q[4];
ry(pi*-0.382590883465) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013889018922) q[0];
ry(pi*-0.076732953889) q[1];
ry(pi*-0.13497034366) q[2];
ry(pi*-0.158006380378) q[3];
ry(pi*0.559031555472) q[4];
ry(pi*-0.003370469497) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
