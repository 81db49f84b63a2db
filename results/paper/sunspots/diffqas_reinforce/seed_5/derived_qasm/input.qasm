// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005688515343) q[0];
ry(pi*-0.497464837421) q[1];
ry(pi*-0.192493665613) q[2];
ry(pi*0.003595705953) q[3];
ry(pi*0.002123644255) q[4];
ry(pi*0.003403035625) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499430072573) q[0];
ry(pi*0.50064546679) q[1];
ry(pi*0.506293919397) q[2];
ry(pi*-0.30863993203) q[3];
ry(pi*-0.002536455374) q[4];
ry(pi*0.002254597865) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.248078940362) q[0];
ry(pi*0.294448183945) q[1];
ry(pi*-0.010386078144) q[2];
ry(pi*0.372890383187) q[3];
ry(pi*0.308999882999) q[4];
ry(pi*0.060400861677) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00012235563) q[0];
ry(pi*0.013732293354) q[1];
ry(pi*0.019348793483) q[2];
ry(pi*-0.005557851808) q[3];
ry(pi*0.529543997169) q[4];
ry(pi*0.017381921932) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.7823969e-05) q[0];
ry(pi*0.186041261795) q[1];
ry(pi*-0.042824365918) q[2];
ry(pi*0.09518162686) q[3];
ry(pi*0.088269257233) q[4];
ry(pi*0.002043260132) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
