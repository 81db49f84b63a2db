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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.040305472786) q[0];
ry(pi*0.246338968644) q[1];
ry(pi*0.481876676134) q[2];
ry(pi*0.171315924154) q[3];
ry(pi*-0.145968209912) q[4];
ry(pi*-0.019688770892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08486232093) q[0];
ry(pi*0.503739770157) q[1];
ry(pi*0.003335320703) q[2];
ry(pi*0.691479472326) q[3];
ry(pi*0.102457618683) q[4];
ry(pi*0.007896877362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.231461166002) q[0];
ry(pi*-0.00287764526) q[1];
ry(pi*-0.007740415041) q[2];
ry(pi*0.498564080477) q[3];
ry(pi*-0.004192343729) q[4];
ry(pi*0.016253632785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.06061945619) q[0];
ry(pi*-0.002649137191) q[1];
ry(pi*0.271503377684) q[2];
ry(pi*-0.243493208271) q[3];
ry(pi*-0.002718375565) q[4];
ry(pi*-0.012739121002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058092343115) q[0];
ry(pi*-0.50190658533) q[1];
ry(pi*0.501785083853) q[2];
ry(pi*0.286859748914) q[3];
ry(pi*0.990997534937) q[4];
ry(pi*0.005897890286) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
