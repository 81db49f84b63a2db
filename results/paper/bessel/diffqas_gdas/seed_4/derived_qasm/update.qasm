// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.222748349024) q[0];
ry(pi*-0.288772846955) q[1];
ry(pi*-0.025406344776) q[2];
ry(pi*0.013965877523) q[3];
ry(pi*0.0669338807) q[4];
ry(pi*-0.040147700159) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.119550527563) q[0];
ry(pi*-0.032026123803) q[1];
ry(pi*-0.483571815249) q[2];
ry(pi*-0.119893991214) q[3];
ry(pi*-0.509084469074) q[4];
ry(pi*-0.044725193334) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.102040104397) q[0];
ry(pi*-0.203302041547) q[1];
ry(pi*0.006016411855) q[2];
ry(pi*-0.006880689288) q[3];
ry(pi*-0.039908539188) q[4];
ry(pi*-0.151944236494) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.313366233208) q[0];
ry(pi*0.013929735625) q[1];
ry(pi*0.477261517311) q[2];
ry(pi*-0.181978741168) q[3];
ry(pi*-0.118727319013) q[4];
ry(pi*-0.172574424454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.043411012763) q[0];
ry(pi*0.079298927894) q[1];
ry(pi*0.003550947166) q[2];
ry(pi*0.386774298441) q[3];
ry(pi*0.360828345004) q[4];
ry(pi*-0.00146629428) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
