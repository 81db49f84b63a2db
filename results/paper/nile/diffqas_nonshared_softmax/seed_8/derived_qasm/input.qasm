// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*0.04131190116) q[0];
ry(pi*0.001575961801) q[1];
ry(pi*0.029347515709) q[2];
ry(pi*0.034637131996) q[3];
ry(pi*-0.001084446017) q[4];
ry(pi*-0.169183064777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.105666602823) q[0];
ry(pi*0.108708076574) q[1];
ry(pi*0.014202295747) q[2];
ry(pi*0.34301688125) q[3];
ry(pi*0.010738710376) q[4];
ry(pi*0.021023495392) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.279738897249) q[0];
ry(pi*-0.022069564951) q[1];
ry(pi*0.007417492354) q[2];
ry(pi*-0.002132900732) q[3];
ry(pi*0.003352134115) q[4];
ry(pi*0.180551421359) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028677153987) q[0];
ry(pi*-0.155933512829) q[1];
ry(pi*-0.00449450608) q[2];
ry(pi*-0.168335419328) q[3];
ry(pi*-0.007549814818) q[4];
ry(pi*0.104587907253) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000833164203) q[0];
ry(pi*0.070699430394) q[1];
ry(pi*-0.056284937509) q[2];
ry(pi*0.006648957334) q[3];
ry(pi*-0.034173312348) q[4];
ry(pi*-0.001007943526) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
