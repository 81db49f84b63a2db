// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rx(pi*-3.268593e-06) q[0];
rx(pi*-0.459249473669) q[1];
rx(pi*0.252294267499) q[2];
rx(pi*0.292704265895) q[3];
rx(pi*-0.000104460503) q[4];
rx(pi*-0.001045072304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.396110939363) q[0];
rx(pi*-0.500000203641) q[1];
rx(pi*1.232162e-06) q[2];
rx(pi*8.2311107e-05) q[3];
rx(pi*-0.252129261512) q[4];
rx(pi*-0.002491139263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499735419974) q[0];
rx(pi*-0.499878512438) q[1];
rx(pi*3.958793e-06) q[2];
rx(pi*0.00996450369) q[3];
rx(pi*0.003907389659) q[4];
rx(pi*-0.003057542483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000287467717) q[0];
rx(pi*-3.47539e-07) q[1];
rx(pi*-0.199679726612) q[2];
rx(pi*0.022713084978) q[3];
rx(pi*-0.247880751039) q[4];
rx(pi*-0.001844108684) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015418074162) q[0];
rx(pi*0.462163460042) q[1];
rx(pi*0.247705708469) q[2];
rx(pi*0.291818219605) q[3];
rx(pi*-0.003802872646) q[4];
rx(pi*0.00093038449) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
