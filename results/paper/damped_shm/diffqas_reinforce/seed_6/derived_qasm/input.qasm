// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069831398728) q[0];
ry(pi*0.006226317442) q[1];
ry(pi*0.002950852497) q[2];
ry(pi*0.001645149927) q[3];
ry(pi*-0.006222671117) q[4];
ry(pi*1.8689523e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023639448357) q[0];
ry(pi*-7.2262703e-05) q[1];
ry(pi*0.00305645481) q[2];
ry(pi*-0.001028306324) q[3];
ry(pi*-3.2345494e-05) q[4];
ry(pi*6.13108e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000475833399) q[0];
ry(pi*-0.00318194175) q[1];
ry(pi*-0.004729740582) q[2];
ry(pi*-0.003232792567) q[3];
ry(pi*0.000217309998) q[4];
ry(pi*-0.002765966628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011511541537) q[0];
ry(pi*-0.011599978257) q[1];
ry(pi*-0.002979490081) q[2];
ry(pi*-0.003612107301) q[3];
ry(pi*-0.002994717193) q[4];
ry(pi*5.2971305e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000686558668) q[0];
ry(pi*-0.000468155254) q[1];
ry(pi*0.004759723452) q[2];
ry(pi*0.000125363524) q[3];
ry(pi*-0.000434035176) q[4];
ry(pi*0.000929537979) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
