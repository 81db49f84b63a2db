// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.133766371037) q[0];
ry(pi*0.145499782257) q[1];
ry(pi*-0.074096036037) q[2];
ry(pi*-0.001220732378) q[3];
ry(pi*-0.171743456051) q[4];
ry(pi*-0.002365028595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.189702470863) q[0];
ry(pi*0.344462566679) q[1];
ry(pi*0.263741892221) q[2];
ry(pi*0.030780897311) q[3];
ry(pi*0.025162995571) q[4];
ry(pi*0.000726137599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.450484747253) q[0];
ry(pi*0.051278356672) q[1];
ry(pi*0.193933564354) q[2];
ry(pi*0.020509867538) q[3];
ry(pi*-0.201078397572) q[4];
ry(pi*-0.00195328736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.050491627973) q[0];
ry(pi*-0.145928869919) q[1];
ry(pi*0.330880128387) q[2];
ry(pi*-0.00816989283) q[3];
ry(pi*0.008273648265) q[4];
ry(pi*8.5826559e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01164952796) q[0];
ry(pi*0.508452676576) q[1];
ry(pi*0.711115127825) q[2];
ry(pi*0.495580653848) q[3];
ry(pi*0.38405732508) q[4];
ry(pi*-0.004091419383) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
