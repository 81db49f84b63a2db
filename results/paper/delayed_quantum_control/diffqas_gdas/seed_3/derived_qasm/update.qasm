// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.4596e-08) q[0];
rx(pi*-4.1559544e-05) q[1];
rx(pi*-0.000140252563) q[2];
rx(pi*0.107380534445) q[3];
rx(pi*0.159403751705) q[4];
rx(pi*-0.00291003678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.1368e-08) q[0];
rx(pi*0.003124057971) q[1];
rx(pi*-0.000214767205) q[2];
rx(pi*0.301410897758) q[3];
rx(pi*0.249326626196) q[4];
rx(pi*-0.001938399534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*7.224564e-06) q[0];
rx(pi*0.000147279595) q[1];
rx(pi*0.000679612864) q[2];
rx(pi*-0.179665014587) q[3];
rx(pi*0.170352222408) q[4];
rx(pi*-6.8949666e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*8.0709e-08) q[0];
rx(pi*0.000194344117) q[1];
rx(pi*-4.6219855e-05) q[2];
rx(pi*-0.308707512957) q[3];
rx(pi*0.250680179962) q[4];
rx(pi*0.003621242382) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.01074e-07) q[0];
rx(pi*-7.176137e-05) q[1];
rx(pi*0.000381353044) q[2];
rx(pi*0.102423088282) q[3];
rx(pi*0.170239827851) q[4];
rx(pi*-0.004648895332) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
