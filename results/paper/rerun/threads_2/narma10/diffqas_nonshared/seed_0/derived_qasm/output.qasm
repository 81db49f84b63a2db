// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.003797582214) q[0];
rx(pi*0.00740053131) q[1];
rx(pi*-0.004897598706) q[2];
rx(pi*0.002766239954) q[3];
rx(pi*0.001812952764) q[4];
rx(pi*-0.000741608689) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005437338693) q[0];
rx(pi*-0.00096459895) q[1];
rx(pi*0.00413071639) q[2];
rx(pi*0.002748195982) q[3];
rx(pi*0.002738227581) q[4];
rx(pi*0.004750192907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000886918295) q[0];
rx(pi*0.000339409227) q[1];
rx(pi*0.002779667916) q[2];
rx(pi*0.0022363028) q[3];
rx(pi*0.004385461102) q[4];
rx(pi*0.001520506238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001111927894) q[0];
rx(pi*0.003732027517) q[1];
rx(pi*2.5760304e-05) q[2];
rx(pi*-0.003435460051) q[3];
rx(pi*-0.000111232847) q[4];
rx(pi*0.000316570523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002906084816) q[0];
rx(pi*0.002591637314) q[1];
rx(pi*-0.001591632401) q[2];
rx(pi*0.000753280412) q[3];
rx(pi*-0.000948961626) q[4];
rx(pi*-0.001571968779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
