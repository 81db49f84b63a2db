// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.022144402954) q[0];
rx(pi*-0.106589664944) q[1];
rx(pi*0.015830655533) q[2];
rx(pi*0.062865862719) q[3];
rx(pi*0.001899931547) q[4];
rx(pi*0.000731626874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.215690505854) q[0];
rx(pi*-0.035193268291) q[1];
rx(pi*-0.036808804872) q[2];
rx(pi*0.072026185154) q[3];
rx(pi*-0.000886615176) q[4];
rx(pi*-0.002384074714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.049259585169) q[0];
rx(pi*-0.146617106342) q[1];
rx(pi*0.012701437568) q[2];
rx(pi*0.0697331863) q[3];
rx(pi*0.001307961809) q[4];
rx(pi*-0.003347935208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.223968239782) q[0];
rx(pi*-0.106168555322) q[1];
rx(pi*-0.03171310904) q[2];
rx(pi*0.069594234639) q[3];
rx(pi*0.005597631138) q[4];
rx(pi*-9.5881921e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.011230399805) q[0];
rx(pi*-0.105195291311) q[1];
rx(pi*0.005579631929) q[2];
rx(pi*0.066607298051) q[3];
rx(pi*0.001757038298) q[4];
rx(pi*-0.003596873666) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
