// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.248569234108) q[0];
ry(pi*0.007986233075) q[1];
ry(pi*0.039150203206) q[2];
ry(pi*0.102583189813) q[3];
ry(pi*-0.101157169637) q[4];
ry(pi*0.036201472989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.073094934262) q[0];
ry(pi*0.295999528606) q[1];
ry(pi*-0.494897710822) q[2];
ry(pi*-0.193276651938) q[3];
ry(pi*-0.169499871718) q[4];
ry(pi*-0.028392761985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015233730202) q[0];
ry(pi*0.265159175447) q[1];
ry(pi*-0.542165010444) q[2];
ry(pi*-0.051633218202) q[3];
ry(pi*-0.191778601725) q[4];
ry(pi*0.006952546791) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014295585933) q[0];
ry(pi*-0.262159659927) q[1];
ry(pi*-0.630308829356) q[2];
ry(pi*-0.157306589552) q[3];
ry(pi*-0.118795383745) q[4];
ry(pi*-0.006554562578) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.02595378681) q[0];
ry(pi*-0.140625133165) q[1];
ry(pi*-0.038932215821) q[2];
ry(pi*-0.248083569712) q[3];
ry(pi*-0.174828861199) q[4];
ry(pi*-0.002097787512) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
