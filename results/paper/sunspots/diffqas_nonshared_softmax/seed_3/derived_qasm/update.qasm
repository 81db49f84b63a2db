// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.019824629995) q[0];
ry(pi*-0.038330760747) q[1];
ry(pi*0.152368144596) q[2];
ry(pi*-0.073480014635) q[3];
ry(pi*-0.012934202351) q[4];
ry(pi*-0.0084245492) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0177636465) q[0];
ry(pi*-0.047526524274) q[1];
ry(pi*-0.019545105689) q[2];
ry(pi*-0.14710637556) q[3];
ry(pi*0.369396931154) q[4];
ry(pi*-0.034712468034) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.126206584854) q[0];
ry(pi*-0.004104659396) q[1];
ry(pi*0.030041323005) q[2];
ry(pi*-0.127997972719) q[3];
ry(pi*0.234479995779) q[4];
ry(pi*-0.13245907283) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.338267167702) q[0];
ry(pi*0.033133665064) q[1];
ry(pi*-0.016437197676) q[2];
ry(pi*0.055239728838) q[3];
ry(pi*0.264138896967) q[4];
ry(pi*-0.011418061624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008198693461) q[0];
ry(pi*-0.01356668854) q[1];
ry(pi*0.278124619984) q[2];
ry(pi*0.111079480308) q[3];
ry(pi*-0.231526527118) q[4];
ry(pi*-0.008331627797) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
