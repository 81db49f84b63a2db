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
ry(pi*-0.001070489042) q[0];
ry(pi*0.504316048396) q[1];
ry(pi*0.003852494682) q[2];
ry(pi*-7.1125913e-05) q[3];
ry(pi*-4.4649105e-05) q[4];
ry(pi*0.000708978008) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001133571501) q[0];
ry(pi*-0.002909030039) q[1];
ry(pi*-0.000585678012) q[2];
ry(pi*0.504781374006) q[3];
ry(pi*0.001143956264) q[4];
ry(pi*-0.00071567235) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005826071914) q[0];
ry(pi*0.495358558863) q[1];
ry(pi*0.000421724605) q[2];
ry(pi*-0.000922858386) q[3];
ry(pi*-0.007929288745) q[4];
ry(pi*0.014216508706) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.326833544868) q[0];
ry(pi*1.0703412e-05) q[1];
ry(pi*-0.005343811348) q[2];
ry(pi*2.6859961e-05) q[3];
ry(pi*0.50193379225) q[4];
ry(pi*0.501892924951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002776134835) q[0];
ry(pi*-0.476301913679) q[1];
ry(pi*-0.466537930587) q[2];
ry(pi*0.001252328673) q[3];
ry(pi*0.425530764957) q[4];
ry(pi*0.000157941547) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
