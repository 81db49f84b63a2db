// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.012966241393) q[0];
rx(pi*-0.075996123516) q[1];
rx(pi*-0.229512683787) q[2];
rx(pi*-0.062674105158) q[3];
rx(pi*-0.090904050138) q[4];
rx(pi*0.200655684753) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.297045458241) q[0];
rx(pi*0.121562587456) q[1];
rx(pi*-0.03483885025) q[2];
rx(pi*0.216048464685) q[3];
rx(pi*0.012405894333) q[4];
rx(pi*0.021561863709) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.035204123075) q[0];
rx(pi*-0.039223058557) q[1];
rx(pi*0.032630450877) q[2];
rx(pi*0.121660866289) q[3];
rx(pi*0.0010285045) q[4];
rx(pi*-0.266852056805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002241441747) q[0];
rx(pi*-0.217710667111) q[1];
rx(pi*0.20600446281) q[2];
rx(pi*-0.208786303996) q[3];
rx(pi*0.025145066325) q[4];
rx(pi*0.102223561381) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.121269847445) q[0];
rx(pi*0.058075941175) q[1];
rx(pi*0.034390699719) q[2];
rx(pi*0.043758697851) q[3];
rx(pi*0.044592749326) q[4];
rx(pi*-0.002240593902) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
