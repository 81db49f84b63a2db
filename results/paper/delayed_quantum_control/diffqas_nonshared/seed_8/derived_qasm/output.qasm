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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001200490902) q[0];
rz(pi*0.0011733555) q[1];
rz(pi*-0.004254184214) q[2];
rz(pi*-0.005927474135) q[3];
rz(pi*-0.000971741448) q[4];
rz(pi*0.001663305216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001202319178) q[0];
rz(pi*-0.002456351396) q[1];
rz(pi*0.002268889235) q[2];
rz(pi*-0.00343536993) q[3];
rz(pi*-0.000139846484) q[4];
rz(pi*0.003411130467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00218980771) q[0];
rz(pi*-0.002304939828) q[1];
rz(pi*0.009073039495) q[2];
rz(pi*-0.004677639341) q[3];
rz(pi*0.005442429911) q[4];
rz(pi*-0.003080922837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004954780196) q[0];
rz(pi*-0.001476889522) q[1];
rz(pi*0.00127172223) q[2];
rz(pi*0.002124746008) q[3];
rz(pi*-0.003693005318) q[4];
rz(pi*-0.004515041708) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000518213886) q[0];
rz(pi*-0.003474788482) q[1];
rz(pi*0.005693484424) q[2];
rz(pi*0.000339894107) q[3];
rz(pi*0.002916962723) q[4];
rz(pi*-0.002506141074) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
