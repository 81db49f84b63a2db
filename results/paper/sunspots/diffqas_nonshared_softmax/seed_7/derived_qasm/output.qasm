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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.129940089578) q[0];
ry(pi*-0.089124719454) q[1];
ry(pi*-0.150099800827) q[2];
ry(pi*-0.046533049544) q[3];
ry(pi*0.092663478409) q[4];
ry(pi*-0.09735631166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.041700320737) q[0];
ry(pi*0.432763024596) q[1];
ry(pi*-0.12111579822) q[2];
ry(pi*0.504073386953) q[3];
ry(pi*-0.123610780947) q[4];
ry(pi*0.026782051597) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053980327333) q[0];
ry(pi*-0.162692943136) q[1];
ry(pi*-0.069949968915) q[2];
ry(pi*0.125020475073) q[3];
ry(pi*0.265511195807) q[4];
ry(pi*-0.171648250803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010029307482) q[0];
ry(pi*0.004675503128) q[1];
ry(pi*0.458109932497) q[2];
ry(pi*0.001539509224) q[3];
ry(pi*0.462662291524) q[4];
ry(pi*-0.212241753615) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.934530463794) q[0];
ry(pi*0.066054901759) q[1];
ry(pi*0.1305940043) q[2];
ry(pi*-0.037640942471) q[3];
ry(pi*-0.439674189453) q[4];
ry(pi*0.002552345347) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
