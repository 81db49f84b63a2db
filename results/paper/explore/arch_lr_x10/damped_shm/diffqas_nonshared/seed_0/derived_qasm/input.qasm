// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0777633401) q[0];
rx(pi*0.199483093055) q[1];
rx(pi*-0.006566355326) q[2];
rx(pi*-0.002386365228) q[3];
rx(pi*-0.001161482117) q[4];
rx(pi*-0.004276669884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.075695566733) q[0];
rx(pi*0.202909685125) q[1];
rx(pi*0.000604404559) q[2];
rx(pi*-0.003006392251) q[3];
rx(pi*0.001688704093) q[4];
rx(pi*0.004837406182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.077932377796) q[0];
rx(pi*0.197938616529) q[1];
rx(pi*0.005972570578) q[2];
rx(pi*0.001951599527) q[3];
rx(pi*0.002591206277) q[4];
rx(pi*-0.000636482324) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.076910415484) q[0];
rx(pi*0.204417790893) q[1];
rx(pi*0.001757535147) q[2];
rx(pi*-0.000161648199) q[3];
rx(pi*-0.001478620933) q[4];
rx(pi*-0.005563331375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082753111082) q[0];
rx(pi*0.195545868453) q[1];
rx(pi*-0.000747068616) q[2];
rx(pi*0.002142247479) q[3];
rx(pi*0.002612892721) q[4];
rx(pi*0.002288636012) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
