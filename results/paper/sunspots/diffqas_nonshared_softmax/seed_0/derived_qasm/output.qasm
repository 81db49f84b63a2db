// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.131891436678) q[0];
ry(pi*-0.10275282515) q[1];
ry(pi*0.159513034732) q[2];
ry(pi*-0.195927770891) q[3];
ry(pi*0.007791889292) q[4];
ry(pi*0.001748848444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024610523388) q[0];
ry(pi*-0.193588677746) q[1];
ry(pi*0.101603664795) q[2];
ry(pi*0.106946988188) q[3];
ry(pi*0.006045300235) q[4];
ry(pi*0.000111721321) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.053319805351) q[0];
ry(pi*-0.027881382402) q[1];
ry(pi*-0.328083241813) q[2];
ry(pi*-0.132586655072) q[3];
ry(pi*0.001920926078) q[4];
ry(pi*0.001645671974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.17782693479) q[0];
ry(pi*0.195841596671) q[1];
ry(pi*0.067008011969) q[2];
ry(pi*-0.005862563029) q[3];
ry(pi*-0.068053993779) q[4];
ry(pi*0.007774289696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.19766167133) q[0];
ry(pi*-0.429243921408) q[1];
ry(pi*-0.044002796479) q[2];
ry(pi*-0.181165151801) q[3];
ry(pi*-0.448330202025) q[4];
ry(pi*0.000637717924) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
