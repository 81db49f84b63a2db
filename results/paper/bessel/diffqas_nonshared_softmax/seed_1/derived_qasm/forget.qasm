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
ry(pi*-0.011299902908) q[0];
ry(pi*0.210867310854) q[1];
ry(pi*-0.001537869267) q[2];
ry(pi*-0.505916779119) q[3];
ry(pi*-0.012091447128) q[4];
ry(pi*0.269211071335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000270192252) q[0];
ry(pi*-0.018799755367) q[1];
ry(pi*-0.258924901309) q[2];
ry(pi*-0.244248911785) q[3];
ry(pi*0.008534072351) q[4];
ry(pi*-0.488919322132) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.50158833646) q[0];
ry(pi*0.500976730965) q[1];
ry(pi*0.506493398867) q[2];
ry(pi*0.517892339518) q[3];
ry(pi*-0.035840701448) q[4];
ry(pi*-0.040095174107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005598540644) q[0];
ry(pi*0.241920272624) q[1];
ry(pi*-0.261517204745) q[2];
ry(pi*0.168626252577) q[3];
ry(pi*-0.511208847633) q[4];
ry(pi*0.00360693782) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002392113378) q[0];
ry(pi*-0.505651957506) q[1];
ry(pi*0.002700836446) q[2];
ry(pi*-0.271194956698) q[3];
ry(pi*-0.002023178812) q[4];
ry(pi*0.002989630718) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
