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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002251493597) q[0];
ry(pi*0.062154569665) q[1];
ry(pi*0.049139568311) q[2];
ry(pi*0.063474266563) q[3];
ry(pi*-0.034487837816) q[4];
ry(pi*-0.000374580662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.069503957562) q[0];
ry(pi*-0.157448496219) q[1];
ry(pi*-0.018352024609) q[2];
ry(pi*0.033547972956) q[3];
ry(pi*0.008011877115) q[4];
ry(pi*-2.8569896e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011549335251) q[0];
ry(pi*0.070736194836) q[1];
ry(pi*0.02532479042) q[2];
ry(pi*0.021963585554) q[3];
ry(pi*0.083661146787) q[4];
ry(pi*0.007072711875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.056786719253) q[0];
ry(pi*-0.176062184663) q[1];
ry(pi*-0.23618649957) q[2];
ry(pi*0.062109300689) q[3];
ry(pi*-0.067652834001) q[4];
ry(pi*0.0074687081) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.263941049154) q[0];
ry(pi*0.104829392386) q[1];
ry(pi*0.340659820913) q[2];
ry(pi*0.1063753393) q[3];
ry(pi*0.221808401158) q[4];
ry(pi*-0.001734164131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
