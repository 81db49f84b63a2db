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
rx(pi*0.00209728844) q[0];
rx(pi*0.00282230057) q[1];
rx(pi*-0.001950095195) q[2];
rx(pi*-0.000222932231) q[3];
rx(pi*0.004298364332) q[4];
rx(pi*-0.001262313971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000152935067) q[0];
rx(pi*7.5546355e-05) q[1];
rx(pi*0.001920023094) q[2];
rx(pi*-0.00116155949) q[3];
rx(pi*-0.000485031069) q[4];
rx(pi*0.000771489432) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00026637282) q[0];
rx(pi*-0.002606937057) q[1];
rx(pi*0.002832186853) q[2];
rx(pi*-0.004133210417) q[3];
rx(pi*-0.003823320821) q[4];
rx(pi*-0.004082338552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002642976087) q[0];
rx(pi*-0.001004782711) q[1];
rx(pi*-0.003110069127) q[2];
rx(pi*-0.003616089799) q[3];
rx(pi*0.001340469833) q[4];
rx(pi*-0.003357708249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004641588749) q[0];
rx(pi*0.002100723545) q[1];
rx(pi*-0.003828398107) q[2];
rx(pi*-0.001026357838) q[3];
rx(pi*-2.1555228e-05) q[4];
rx(pi*-0.001417548251) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
