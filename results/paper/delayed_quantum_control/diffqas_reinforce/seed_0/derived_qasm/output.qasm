// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.002929858262) q[0];
ry(pi*0.317692702701) q[1];
ry(pi*-0.499286069418) q[2];
ry(pi*0.003717722065) q[3];
ry(pi*0.000377425166) q[4];
ry(pi*-0.007365266308) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009175926927) q[0];
ry(pi*-0.008107008844) q[1];
ry(pi*-0.495474140842) q[2];
ry(pi*-0.001077581292) q[3];
ry(pi*-6.7671307e-05) q[4];
ry(pi*-0.01668623752) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001013782167) q[0];
ry(pi*0.05565530316) q[1];
ry(pi*-0.006085124032) q[2];
ry(pi*0.002515210344) q[3];
ry(pi*0.047021612026) q[4];
ry(pi*0.044983768169) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0209714318) q[0];
ry(pi*0.000769369376) q[1];
ry(pi*-0.002854104527) q[2];
ry(pi*-0.003604002973) q[3];
ry(pi*0.495009725924) q[4];
ry(pi*0.001617640629) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002170060934) q[0];
ry(pi*-0.013689538267) q[1];
ry(pi*-0.500871583997) q[2];
ry(pi*-0.50419378801) q[3];
ry(pi*0.007753388843) q[4];
ry(pi*0.002712461108) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
