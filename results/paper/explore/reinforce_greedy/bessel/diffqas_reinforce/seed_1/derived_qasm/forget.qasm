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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.078679529343) q[0];
rx(pi*-0.031306798161) q[1];
rx(pi*-0.102358675803) q[2];
rx(pi*-0.060204541171) q[3];
rx(pi*0.105108196913) q[4];
rx(pi*-0.011419948226) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.117165899823) q[0];
rx(pi*-0.056292958238) q[1];
rx(pi*-0.029304713191) q[2];
rx(pi*-0.003762661093) q[3];
rx(pi*-0.075373252952) q[4];
rx(pi*0.11413369426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.034918616424) q[0];
rx(pi*-0.075892456423) q[1];
rx(pi*-0.027127438611) q[2];
rx(pi*-0.039772450041) q[3];
rx(pi*-0.008949675132) q[4];
rx(pi*-0.018112436751) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.081311485821) q[0];
rx(pi*0.107830615452) q[1];
rx(pi*-0.114767184819) q[2];
rx(pi*-0.102989358396) q[3];
rx(pi*-0.097112132397) q[4];
rx(pi*-0.010678558465) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.011189705632) q[0];
rx(pi*0.002009059234) q[1];
rx(pi*0.003926155782) q[2];
rx(pi*0.001817118468) q[3];
rx(pi*0.113018950469) q[4];
rx(pi*-0.002117079091) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
