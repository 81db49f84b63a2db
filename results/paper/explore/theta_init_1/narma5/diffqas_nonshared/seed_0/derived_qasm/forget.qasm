// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.128466058864) q[0];
ry(pi*0.103452046794) q[1];
ry(pi*0.415286733403) q[2];
ry(pi*-0.546618179947) q[3];
ry(pi*0.524417902251) q[4];
ry(pi*0.413372876452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.086447218895) q[0];
ry(pi*0.77644998535) q[1];
ry(pi*0.095314037666) q[2];
ry(pi*0.203630289055) q[3];
ry(pi*-0.197915090321) q[4];
ry(pi*0.374525644311) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007018140916) q[0];
ry(pi*-0.107651645523) q[1];
ry(pi*0.651244269854) q[2];
ry(pi*-0.115896765298) q[3];
ry(pi*-0.006929528698) q[4];
ry(pi*-0.054998058721) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.182116084888) q[0];
ry(pi*0.224553605967) q[1];
ry(pi*0.261809726569) q[2];
ry(pi*0.089323458986) q[3];
ry(pi*-0.746213572695) q[4];
ry(pi*0.295382079505) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.076923653719) q[0];
ry(pi*-0.401718183162) q[1];
ry(pi*0.17003661075) q[2];
ry(pi*0.201184417286) q[3];
ry(pi*-0.320306616097) q[4];
ry(pi*0.787000730343) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
