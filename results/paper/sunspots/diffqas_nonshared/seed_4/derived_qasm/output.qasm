// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.062206697289) q[0];
ry(pi*-0.460701761614) q[1];
ry(pi*-0.17396698619) q[2];
ry(pi*-0.061124989796) q[3];
ry(pi*-0.143042745026) q[4];
ry(pi*0.043018950418) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.076215619234) q[0];
ry(pi*-0.267730912424) q[1];
ry(pi*0.069159384005) q[2];
ry(pi*0.068174337917) q[3];
ry(pi*0.035161230435) q[4];
ry(pi*0.126272486694) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.162358415649) q[0];
ry(pi*-0.440380431014) q[1];
ry(pi*0.426384045312) q[2];
ry(pi*0.106920359936) q[3];
ry(pi*-0.154735260489) q[4];
ry(pi*-0.152607656563) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09611614852) q[0];
ry(pi*-0.193231895226) q[1];
ry(pi*-0.072228064676) q[2];
ry(pi*0.033542693789) q[3];
ry(pi*-0.127003373853) q[4];
ry(pi*0.351596092139) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001482231981) q[0];
ry(pi*0.035814886654) q[1];
ry(pi*0.106564962426) q[2];
ry(pi*-0.310233965373) q[3];
ry(pi*-0.353928563795) q[4];
ry(pi*0.001866173396) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
