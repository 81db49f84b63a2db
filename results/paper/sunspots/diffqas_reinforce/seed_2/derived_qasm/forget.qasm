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
rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08643040904) q[0];
ry(pi*-8.0967062e-05) q[1];
ry(pi*-0.000540647567) q[2];
ry(pi*0.050399667065) q[3];
ry(pi*0.000852920095) q[4];
ry(pi*-0.000100642802) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022164065835) q[0];
ry(pi*-0.000132754298) q[1];
ry(pi*3.740872e-06) q[2];
ry(pi*-7.904682e-06) q[3];
ry(pi*0.000456973117) q[4];
ry(pi*0.000317288745) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.058803901788) q[0];
ry(pi*-1.5445924e-05) q[1];
ry(pi*-0.491994273297) q[2];
ry(pi*-0.000426662559) q[3];
ry(pi*0.046078832478) q[4];
ry(pi*-0.386820554) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.323266630355) q[0];
ry(pi*0.121127494919) q[1];
ry(pi*0.12109076368) q[2];
ry(pi*0.367263787186) q[3];
ry(pi*-0.227442757013) q[4];
ry(pi*-0.222468823532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017116918892) q[0];
ry(pi*0.497225135727) q[1];
ry(pi*-0.009649203304) q[2];
ry(pi*0.094847241668) q[3];
ry(pi*0.402975127697) q[4];
ry(pi*0.003492659328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
