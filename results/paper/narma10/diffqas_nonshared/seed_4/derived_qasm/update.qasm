// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.010883011166) q[0];
ry(pi*-0.025789589536) q[1];
ry(pi*0.057985820623) q[2];
ry(pi*-0.027052935002) q[3];
ry(pi*0.492297419859) q[4];
ry(pi*-0.040568088816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026223254374) q[0];
ry(pi*0.462000939485) q[1];
ry(pi*0.034798172679) q[2];
ry(pi*0.001866940162) q[3];
ry(pi*-0.004567491869) q[4];
ry(pi*0.06740925238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014691600538) q[0];
ry(pi*-0.062424352651) q[1];
ry(pi*-0.060826629109) q[2];
ry(pi*-0.034685054785) q[3];
ry(pi*-0.000838199688) q[4];
ry(pi*0.009927853678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004737752417) q[0];
ry(pi*0.048790545644) q[1];
ry(pi*-0.067703040635) q[2];
ry(pi*0.018087934633) q[3];
ry(pi*0.127610036947) q[4];
ry(pi*0.003229885883) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.063543028544) q[0];
ry(pi*0.000597321387) q[1];
ry(pi*0.035408208178) q[2];
ry(pi*-0.0294741588) q[3];
ry(pi*-0.009350812379) q[4];
ry(pi*-0.004707700771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
