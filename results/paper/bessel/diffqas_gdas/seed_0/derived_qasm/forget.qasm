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
rx(pi*-0.318303321613) q[0];
rx(pi*-0.085846285571) q[1];
rx(pi*0.032914133772) q[2];
rx(pi*-0.056265058812) q[3];
rx(pi*-0.008169041428) q[4];
rx(pi*-0.003085631635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.349336893235) q[0];
rx(pi*-0.148907411066) q[1];
rx(pi*-0.004223467335) q[2];
rx(pi*-0.055676011915) q[3];
rx(pi*-0.004652790971) q[4];
rx(pi*-0.001256351636) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.361505292642) q[0];
rx(pi*-0.113428534146) q[1];
rx(pi*0.017422522426) q[2];
rx(pi*-0.054714311793) q[3];
rx(pi*-0.002562089928) q[4];
rx(pi*0.002287512914) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.158609277382) q[0];
rx(pi*-0.072794562463) q[1];
rx(pi*-0.004919126549) q[2];
rx(pi*-0.060568898561) q[3];
rx(pi*-0.008571378702) q[4];
rx(pi*0.000390254264) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.328286743504) q[0];
rx(pi*-0.07858504506) q[1];
rx(pi*0.026796440054) q[2];
rx(pi*-0.057033028207) q[3];
rx(pi*-0.008760175328) q[4];
rx(pi*0.001169533973) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
