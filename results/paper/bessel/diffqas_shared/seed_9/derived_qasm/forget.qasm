// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.08335631165) q[0];
rx(pi*0.018069061492) q[1];
rx(pi*0.003879675218) q[2];
rx(pi*0.003898123844) q[3];
rx(pi*0.004049928652) q[4];
rx(pi*0.003841855121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00781897526) q[0];
rx(pi*0.020380945345) q[1];
rx(pi*-0.001896956828) q[2];
rx(pi*-0.003229350199) q[3];
rx(pi*-0.000865680379) q[4];
rx(pi*-0.000277456221) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.177198348686) q[0];
rx(pi*0.018060819019) q[1];
rx(pi*0.002986383117) q[2];
rx(pi*0.005365198378) q[3];
rx(pi*0.005855731061) q[4];
rx(pi*0.005031219321) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.06776086957) q[0];
rx(pi*0.022901655118) q[1];
rx(pi*-0.002940555631) q[2];
rx(pi*0.000928851255) q[3];
rx(pi*0.003550493895) q[4];
rx(pi*0.003498448091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.175118366356) q[0];
rx(pi*0.01754874693) q[1];
rx(pi*-0.001575476217) q[2];
rx(pi*0.007520131361) q[3];
rx(pi*0.001830169791) q[4];
rx(pi*-0.003569901534) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
