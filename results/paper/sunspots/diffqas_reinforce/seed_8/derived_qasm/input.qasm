// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*1.80135e-07) q[0];
ry(pi*2.4934072e-05) q[1];
ry(pi*0.002115645018) q[2];
ry(pi*-0.005532023376) q[3];
ry(pi*0.001925408242) q[4];
ry(pi*-0.001050006849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*6.935394e-06) q[0];
ry(pi*-1.1827882e-05) q[1];
ry(pi*5.13082e-06) q[2];
ry(pi*1.0616637e-05) q[3];
ry(pi*-0.050518891811) q[4];
ry(pi*0.003893881656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-4.262635e-06) q[0];
ry(pi*2.775839e-05) q[1];
ry(pi*-1.9598218e-05) q[2];
ry(pi*9.3998255e-05) q[3];
ry(pi*0.00246741651) q[4];
ry(pi*-0.014133797013) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.3771e-08) q[0];
ry(pi*3.892497e-06) q[1];
ry(pi*-9.491419e-05) q[2];
ry(pi*-1.4991205e-05) q[3];
ry(pi*0.050647342056) q[4];
ry(pi*0.006821407159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-4.5810357e-05) q[0];
ry(pi*2.35852e-07) q[1];
ry(pi*-0.002636132558) q[2];
ry(pi*0.005486006163) q[3];
ry(pi*-0.002175261097) q[4];
ry(pi*0.007615716064) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
