// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.057563349707) q[0];
rx(pi*-0.038845237631) q[1];
rx(pi*0.113715810005) q[2];
rx(pi*0.030769423542) q[3];
rx(pi*-0.069279955817) q[4];
rx(pi*-0.001515979163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042929816449) q[0];
rx(pi*-0.037282485606) q[1];
rx(pi*0.022926910217) q[2];
rx(pi*-0.01649780849) q[3];
rx(pi*-0.073438056404) q[4];
rx(pi*0.001972194296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.15562711244) q[0];
rx(pi*-0.037819151119) q[1];
rx(pi*0.095456883484) q[2];
rx(pi*0.045963022826) q[3];
rx(pi*-0.067265884812) q[4];
rx(pi*0.000990147015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.124701666507) q[0];
rx(pi*-0.05419693445) q[1];
rx(pi*0.056010786048) q[2];
rx(pi*0.010015556983) q[3];
rx(pi*-0.071184373825) q[4];
rx(pi*-0.002947391749) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.120168213823) q[0];
rx(pi*0.071181172174) q[1];
rx(pi*0.109760096461) q[2];
rx(pi*0.037332345987) q[3];
rx(pi*-0.057695480665) q[4];
rx(pi*-0.000664527973) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
