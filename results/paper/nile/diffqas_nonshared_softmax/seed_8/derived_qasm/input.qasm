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
ry(pi*0.041282939261) q[0];
ry(pi*0.001575705224) q[1];
ry(pi*0.029324935768) q[2];
ry(pi*0.034634141417) q[3];
ry(pi*-0.00123681482) q[4];
ry(pi*-0.169185056915) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.105664563253) q[0];
ry(pi*0.108703409278) q[1];
ry(pi*0.014198089726) q[2];
ry(pi*0.343018702634) q[3];
ry(pi*0.010981438224) q[4];
ry(pi*0.021033923288) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.279740301232) q[0];
ry(pi*-0.022068412356) q[1];
ry(pi*0.007413761244) q[2];
ry(pi*-0.002129085283) q[3];
ry(pi*0.003347563165) q[4];
ry(pi*0.180547323245) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028665616184) q[0];
ry(pi*-0.155931141236) q[1];
ry(pi*-0.004495858778) q[2];
ry(pi*-0.168330960732) q[3];
ry(pi*-0.007319182097) q[4];
ry(pi*0.104575840585) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000833760362) q[0];
ry(pi*0.070706919887) q[1];
ry(pi*-0.056275356271) q[2];
ry(pi*0.006630808122) q[3];
ry(pi*-0.034155338041) q[4];
ry(pi*-0.001007869488) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
