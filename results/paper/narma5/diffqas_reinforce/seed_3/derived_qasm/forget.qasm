// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001200619783) q[0];
ry(pi*-0.008809254862) q[1];
ry(pi*0.00133056013) q[2];
ry(pi*-0.001807032674) q[3];
ry(pi*-0.001432872895) q[4];
ry(pi*-0.000691998659) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000751908593) q[0];
ry(pi*-0.000845145789) q[1];
ry(pi*-0.00275290982) q[2];
ry(pi*0.010584506997) q[3];
ry(pi*0.000718525377) q[4];
ry(pi*-0.001128274843) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000169330606) q[0];
ry(pi*-0.002424905845) q[1];
ry(pi*-0.003358882187) q[2];
ry(pi*-0.001243744838) q[3];
ry(pi*0.001534090874) q[4];
ry(pi*-0.000765429715) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00069886709) q[0];
ry(pi*-0.000711765891) q[1];
ry(pi*7.722523e-05) q[2];
ry(pi*0.004918935636) q[3];
ry(pi*0.001735124774) q[4];
ry(pi*-0.001608192942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-9.5613949e-05) q[0];
ry(pi*0.001944224761) q[1];
ry(pi*0.006160070536) q[2];
ry(pi*-0.000858227573) q[3];
ry(pi*-0.000775271383) q[4];
ry(pi*0.003190463181) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
