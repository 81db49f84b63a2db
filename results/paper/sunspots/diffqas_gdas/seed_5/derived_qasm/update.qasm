// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.078489839812) q[0];
ry(pi*-0.071809236528) q[1];
ry(pi*0.03094621872) q[2];
ry(pi*0.003863670223) q[3];
ry(pi*0.190486956035) q[4];
ry(pi*-0.037489298042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.200488060527) q[0];
ry(pi*0.004541245147) q[1];
ry(pi*0.50594869128) q[2];
ry(pi*-0.044106321277) q[3];
ry(pi*-0.023346091733) q[4];
ry(pi*-0.052472411291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.046884320481) q[0];
ry(pi*0.018641265333) q[1];
ry(pi*-0.061648153827) q[2];
ry(pi*-0.307355571875) q[3];
ry(pi*0.192146786867) q[4];
ry(pi*0.000626772428) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004285284401) q[0];
ry(pi*0.001812758441) q[1];
ry(pi*-0.017580280823) q[2];
ry(pi*0.072292771232) q[3];
ry(pi*0.503288256708) q[4];
ry(pi*0.454052155057) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01353676496) q[0];
ry(pi*0.003107851095) q[1];
ry(pi*-0.081244844045) q[2];
ry(pi*-0.001718425495) q[3];
ry(pi*0.005821231491) q[4];
ry(pi*-0.002050774378) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
