// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.096479694825) q[0];
ry(pi*-0.467973029223) q[1];
ry(pi*0.154388210988) q[2];
ry(pi*-0.415270948077) q[3];
ry(pi*0.178400575816) q[4];
ry(pi*-0.013509715751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09393769763) q[0];
ry(pi*0.22052595725) q[1];
ry(pi*0.363153758798) q[2];
ry(pi*0.175722306861) q[3];
ry(pi*0.150407709549) q[4];
ry(pi*-0.187640797235) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.172309773597) q[0];
ry(pi*-0.126008016077) q[1];
ry(pi*0.099260919396) q[2];
ry(pi*0.146161143783) q[3];
ry(pi*-0.080980506238) q[4];
ry(pi*-0.097926271973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047855027914) q[0];
ry(pi*-0.385808965038) q[1];
ry(pi*0.140930252894) q[2];
ry(pi*0.525665094794) q[3];
ry(pi*0.477678234742) q[4];
ry(pi*-0.058679189174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.059664325382) q[0];
ry(pi*-0.225201183791) q[1];
ry(pi*0.057740564657) q[2];
ry(pi*0.060197786873) q[3];
ry(pi*-0.067083314804) q[4];
ry(pi*0.000613456153) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
