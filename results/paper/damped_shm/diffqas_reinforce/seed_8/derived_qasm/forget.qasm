// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.373887552861) q[0];
ry(pi*-0.177582907309) q[1];
ry(pi*-0.410808102474) q[2];
ry(pi*-0.09111283574) q[3];
ry(pi*0.058019188943) q[4];
ry(pi*-0.028638010837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.345641647058) q[0];
ry(pi*0.086233604729) q[1];
ry(pi*0.075037615559) q[2];
ry(pi*-0.283121586381) q[3];
ry(pi*0.367519425988) q[4];
ry(pi*-0.120477611906) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027763523693) q[0];
ry(pi*-0.020181164684) q[1];
ry(pi*-0.003067581438) q[2];
ry(pi*-0.029240348144) q[3];
ry(pi*-0.054733493241) q[4];
ry(pi*0.112776554644) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009588212442) q[0];
ry(pi*-0.014511938104) q[1];
ry(pi*0.02153677225) q[2];
ry(pi*-0.336918660686) q[3];
ry(pi*-0.237077611584) q[4];
ry(pi*-0.172019414666) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.161822890873) q[0];
ry(pi*0.131100842282) q[1];
ry(pi*-0.362621762953) q[2];
ry(pi*-0.112954661313) q[3];
ry(pi*-0.2758338694) q[4];
ry(pi*0.004120685143) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
