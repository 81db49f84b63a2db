// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.035692685557) q[0];
rx(pi*-0.003584417168) q[1];
rx(pi*-0.099346543407) q[2];
rx(pi*0.019456999806) q[3];
rx(pi*-0.003384274839) q[4];
rx(pi*-0.001707475996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147230087361) q[0];
rx(pi*-0.245575979595) q[1];
rx(pi*-0.090253161569) q[2];
rx(pi*0.020267950775) q[3];
rx(pi*0.001338796822) q[4];
rx(pi*0.000301963767) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005320492062) q[0];
rx(pi*0.000483320928) q[1];
rx(pi*-0.096053585885) q[2];
rx(pi*0.009968376502) q[3];
rx(pi*0.001675378554) q[4];
rx(pi*0.001792467384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.279617964955) q[0];
rx(pi*-0.254447902035) q[1];
rx(pi*-0.089001548376) q[2];
rx(pi*0.014104531549) q[3];
rx(pi*0.00229459049) q[4];
rx(pi*0.000900662569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.03943086232) q[0];
rx(pi*0.003169476061) q[1];
rx(pi*-0.10080310022) q[2];
rx(pi*0.013820154963) q[3];
rx(pi*0.000620399215) q[4];
rx(pi*0.002930182578) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
