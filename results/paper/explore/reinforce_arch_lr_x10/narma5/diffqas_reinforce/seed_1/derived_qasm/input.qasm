// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000473405555) q[0];
ry(pi*0.001897536238) q[1];
ry(pi*0.000351947582) q[2];
ry(pi*8.5759821e-05) q[3];
ry(pi*-0.000453762276) q[4];
ry(pi*-0.00432093953) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000330505895) q[0];
ry(pi*2.52783e-06) q[1];
ry(pi*0.001566082335) q[2];
ry(pi*0.003230368502) q[3];
ry(pi*-0.000125710508) q[4];
ry(pi*-0.000676618357) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006049365739) q[0];
ry(pi*-0.002030310194) q[1];
ry(pi*-0.001715651472) q[2];
ry(pi*-0.000388481832) q[3];
ry(pi*-0.006237995168) q[4];
ry(pi*0.000122558188) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00040895124) q[0];
ry(pi*0.001989238642) q[1];
ry(pi*0.002428317382) q[2];
ry(pi*0.001623318817) q[3];
ry(pi*0.00047004975) q[4];
ry(pi*-0.000249982515) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000273432294) q[0];
ry(pi*-0.004329659286) q[1];
ry(pi*-0.004848247328) q[2];
ry(pi*-0.001075614426) q[3];
ry(pi*0.000249918871) q[4];
ry(pi*-0.005363095367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
