// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.211699360704) q[0];
ry(pi*0.393270984652) q[1];
ry(pi*-0.026947078928) q[2];
ry(pi*-0.222463814727) q[3];
ry(pi*0.05861464863) q[4];
ry(pi*0.067502731108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025360127163) q[0];
ry(pi*-0.17460790458) q[1];
ry(pi*-0.013637854131) q[2];
ry(pi*0.22373345203) q[3];
ry(pi*-0.030619130921) q[4];
ry(pi*-0.036449997011) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078630190713) q[0];
ry(pi*-0.028132591068) q[1];
ry(pi*-0.243222599971) q[2];
ry(pi*-0.051139599482) q[3];
ry(pi*-0.06322295829) q[4];
ry(pi*0.11113797329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.180139541979) q[0];
ry(pi*0.517060801932) q[1];
ry(pi*0.029701134524) q[2];
ry(pi*-0.385175237319) q[3];
ry(pi*-0.308631033811) q[4];
ry(pi*0.091933397591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028475260235) q[0];
ry(pi*0.033292032961) q[1];
ry(pi*-0.033054994566) q[2];
ry(pi*-0.097132091728) q[3];
ry(pi*-0.357875654226) q[4];
ry(pi*-0.00542756002) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
