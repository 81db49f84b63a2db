// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.034302367349) q[0];
ry(pi*4.829352e-06) q[1];
ry(pi*-0.000162420116) q[2];
ry(pi*0.027444250295) q[3];
ry(pi*0.046288837079) q[4];
ry(pi*-0.039605406855) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.102601422624) q[0];
ry(pi*0.500342775574) q[1];
ry(pi*-0.046463927081) q[2];
ry(pi*-0.329571919488) q[3];
ry(pi*0.084114813643) q[4];
ry(pi*0.44093432141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005542198698) q[0];
ry(pi*0.01393546658) q[1];
ry(pi*0.156036098476) q[2];
ry(pi*0.074864873435) q[3];
ry(pi*-0.023101907726) q[4];
ry(pi*-0.005959428393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056547600971) q[0];
ry(pi*-0.000501107545) q[1];
ry(pi*-0.217666043208) q[2];
ry(pi*-0.034473584539) q[3];
ry(pi*0.003293302292) q[4];
ry(pi*-0.083032949624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017836422403) q[0];
ry(pi*0.018429799831) q[1];
ry(pi*-0.219874319258) q[2];
ry(pi*0.007162240121) q[3];
ry(pi*-0.046821278784) q[4];
ry(pi*0.002266576339) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
