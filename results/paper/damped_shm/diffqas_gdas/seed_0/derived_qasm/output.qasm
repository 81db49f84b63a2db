// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.311329736416) q[0];
rx(pi*-0.068066885761) q[1];
rx(pi*0.202712539303) q[2];
rx(pi*0.131684244787) q[3];
rx(pi*-0.08307186273) q[4];
rx(pi*-0.001515139174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.184857191584) q[0];
rx(pi*-0.11531279361) q[1];
rx(pi*-0.104971213675) q[2];
rx(pi*0.111013094664) q[3];
rx(pi*-0.083871896068) q[4];
rx(pi*0.001971007758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.218115621437) q[0];
rx(pi*-0.110679032009) q[1];
rx(pi*0.167066047644) q[2];
rx(pi*0.134908739148) q[3];
rx(pi*-0.081062838477) q[4];
rx(pi*0.000991971956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072591231526) q[0];
rx(pi*-0.199159399006) q[1];
rx(pi*-0.101109386772) q[2];
rx(pi*0.112619251593) q[3];
rx(pi*-0.08161553359) q[4];
rx(pi*-0.002947486316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.226523565333) q[0];
rx(pi*-0.00678145411) q[1];
rx(pi*0.198757802856) q[2];
rx(pi*0.138245343476) q[3];
rx(pi*-0.071490475394) q[4];
rx(pi*-0.000664457196) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
