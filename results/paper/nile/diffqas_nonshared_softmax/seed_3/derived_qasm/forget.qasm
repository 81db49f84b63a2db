// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.01706506163) q[0];
ry(pi*-0.10250693834) q[1];
ry(pi*0.192412177662) q[2];
ry(pi*-0.032519557538) q[3];
ry(pi*-0.251153189535) q[4];
ry(pi*-0.107270179458) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.143419230745) q[0];
ry(pi*0.132497369321) q[1];
ry(pi*-0.000940983511) q[2];
ry(pi*0.301730645475) q[3];
ry(pi*0.211919235877) q[4];
ry(pi*0.346529875214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.110970102418) q[0];
ry(pi*0.081977675911) q[1];
ry(pi*0.293498256414) q[2];
ry(pi*0.111642079196) q[3];
ry(pi*0.037030231067) q[4];
ry(pi*-0.218141139783) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030767998214) q[0];
ry(pi*0.059053659039) q[1];
ry(pi*-0.004636657317) q[2];
ry(pi*-0.176166933203) q[3];
ry(pi*0.385514470048) q[4];
ry(pi*0.300003670089) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.15902173543) q[0];
ry(pi*0.423597783476) q[1];
ry(pi*0.080051790238) q[2];
ry(pi*-0.049927601386) q[3];
ry(pi*0.069693926942) q[4];
ry(pi*0.009275986234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
