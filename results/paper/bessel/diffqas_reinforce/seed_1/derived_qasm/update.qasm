// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.227453761207) q[0];
ry(pi*0.008474030719) q[1];
ry(pi*-0.029771694173) q[2];
ry(pi*0.01019322965) q[3];
ry(pi*0.010774149097) q[4];
ry(pi*-0.036370700412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0020107736) q[0];
ry(pi*0.014496819195) q[1];
ry(pi*0.285246553095) q[2];
ry(pi*-0.012231809887) q[3];
ry(pi*-0.036448837302) q[4];
ry(pi*-0.018969106113) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.179546890259) q[0];
ry(pi*0.156663745429) q[1];
ry(pi*-0.233633147185) q[2];
ry(pi*-0.120249720747) q[3];
ry(pi*-0.025584717064) q[4];
ry(pi*-0.070624753659) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.062343789621) q[0];
ry(pi*0.355134319857) q[1];
ry(pi*-0.011982408375) q[2];
ry(pi*0.51290641526) q[3];
ry(pi*-0.503556910815) q[4];
ry(pi*-0.062209756645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041071872186) q[0];
ry(pi*0.86914430396) q[1];
ry(pi*-0.011329705538) q[2];
ry(pi*0.021333322733) q[3];
ry(pi*-0.015636226372) q[4];
ry(pi*-0.004623950912) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
