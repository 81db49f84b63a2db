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
ry(pi*-0.166198063409) q[0];
ry(pi*-0.160480265409) q[1];
ry(pi*-0.291384616429) q[2];
ry(pi*-0.001557382145) q[3];
ry(pi*-0.006661496541) q[4];
ry(pi*0.001310339331) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.045261107052) q[0];
ry(pi*-0.178892273546) q[1];
ry(pi*-0.08009288521) q[2];
ry(pi*0.114695230673) q[3];
ry(pi*-0.015306426657) q[4];
ry(pi*-0.017201036941) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.040839484486) q[0];
ry(pi*-0.158448170295) q[1];
ry(pi*0.590822063836) q[2];
ry(pi*-0.127743643036) q[3];
ry(pi*-0.231362431823) q[4];
ry(pi*-0.18118323283) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015272994304) q[0];
ry(pi*-0.198014450601) q[1];
ry(pi*0.141763716213) q[2];
ry(pi*-0.357498551893) q[3];
ry(pi*-0.270264229587) q[4];
ry(pi*0.148828759541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.068082263173) q[0];
ry(pi*-0.096736974771) q[1];
ry(pi*0.121934111801) q[2];
ry(pi*0.166560272136) q[3];
ry(pi*0.2522106546) q[4];
ry(pi*0.001318803103) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
