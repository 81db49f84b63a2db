// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.001860724364) q[0];
ry(pi*0.005543570072) q[1];
ry(pi*0.000285037927) q[2];
ry(pi*-8.8027806e-05) q[3];
ry(pi*-0.012122705916) q[4];
ry(pi*0.006993931097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000881214317) q[0];
ry(pi*-0.007340681777) q[1];
ry(pi*0.00244907431) q[2];
ry(pi*0.000578298836) q[3];
ry(pi*-0.001557115933) q[4];
ry(pi*-0.001165321727) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000425976354) q[0];
ry(pi*0.001942174073) q[1];
ry(pi*-0.468390657345) q[2];
ry(pi*0.005697613368) q[3];
ry(pi*-0.006624734471) q[4];
ry(pi*-0.347765076979) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007311304849) q[0];
ry(pi*0.069551100097) q[1];
ry(pi*0.073570386576) q[2];
ry(pi*-0.037757793253) q[3];
ry(pi*-0.004871415128) q[4];
ry(pi*-0.00340456056) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013275484137) q[0];
ry(pi*-0.430603774127) q[1];
ry(pi*-0.01357442705) q[2];
ry(pi*-0.002933627317) q[3];
ry(pi*-0.001455961247) q[4];
ry(pi*0.000700923781) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
