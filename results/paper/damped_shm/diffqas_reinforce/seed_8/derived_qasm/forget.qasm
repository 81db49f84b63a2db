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
ry(pi*-0.026942651163) q[0];
ry(pi*-0.003763067525) q[1];
ry(pi*0.486041915217) q[2];
ry(pi*5.4590575e-05) q[3];
ry(pi*-0.009188190437) q[4];
ry(pi*-0.447761968232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028061087525) q[0];
ry(pi*-0.029727660797) q[1];
ry(pi*0.051983777661) q[2];
ry(pi*-0.124829021076) q[3];
ry(pi*-0.267559095221) q[4];
ry(pi*-0.264480216698) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011986505303) q[0];
ry(pi*0.506095654184) q[1];
ry(pi*0.00280600713) q[2];
ry(pi*-0.031359696554) q[3];
ry(pi*-0.462707939955) q[4];
ry(pi*-0.303518162899) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012880907903) q[0];
ry(pi*0.000571655039) q[1];
ry(pi*-0.305698340309) q[2];
ry(pi*-0.011457058921) q[3];
ry(pi*-0.040726179237) q[4];
ry(pi*0.018988493889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.261843327305) q[0];
ry(pi*-0.127569824208) q[1];
ry(pi*0.079809157254) q[2];
ry(pi*0.026796494601) q[3];
ry(pi*0.00324183901) q[4];
ry(pi*-0.002163787624) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
