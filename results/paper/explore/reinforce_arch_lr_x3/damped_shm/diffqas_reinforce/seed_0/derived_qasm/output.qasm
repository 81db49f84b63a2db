// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
ry(0) q[0];
ry(pi*0.000506396569) q[1];
ry(pi*-0.000201756273) q[2];
ry(pi*0.004545765701) q[3];
ry(pi*0.003222400245) q[4];
ry(pi*-0.001642341961) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-5.38195e-07) q[1];
ry(pi*5.58226e-07) q[2];
ry(pi*-3.016426e-05) q[3];
ry(pi*0.000729471615) q[4];
ry(pi*-0.0032411219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*0.000123914813) q[1];
ry(pi*-5.1446787e-05) q[2];
ry(pi*-0.000117672937) q[3];
ry(pi*-0.00140522056) q[4];
ry(pi*-0.000278517639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-3.412862e-06) q[1];
ry(pi*1.5323327e-05) q[2];
ry(pi*0.000415131464) q[3];
ry(pi*-0.000961958255) q[4];
ry(pi*0.002991158024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*0.000357611911) q[1];
ry(pi*0.00020125835) q[2];
ry(pi*-0.004423723205) q[3];
ry(pi*0.001091634688) q[4];
ry(pi*-0.000848718447) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
