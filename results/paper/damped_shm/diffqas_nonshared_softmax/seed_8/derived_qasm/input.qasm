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
ry(pi*0.190173032952) q[0];
ry(pi*0.346943632895) q[1];
ry(pi*0.076718136173) q[2];
ry(pi*-0.01596083467) q[3];
ry(pi*-0.050552668045) q[4];
ry(pi*-0.077848485049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.096015592958) q[0];
ry(pi*0.48059874774) q[1];
ry(pi*0.120771490282) q[2];
ry(pi*-0.004983764329) q[3];
ry(pi*0.0018879049) q[4];
ry(pi*0.015682020656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.143941370248) q[0];
ry(pi*0.244940032065) q[1];
ry(pi*0.086015740667) q[2];
ry(pi*-0.034713528136) q[3];
ry(pi*0.072937185351) q[4];
ry(pi*0.015489966646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.081783072438) q[0];
ry(pi*0.247490880047) q[1];
ry(pi*0.260424545232) q[2];
ry(pi*0.219727963482) q[3];
ry(pi*-0.083571225449) q[4];
ry(pi*0.035254386626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.16349249267) q[0];
ry(pi*0.180870030711) q[1];
ry(pi*-0.208440772315) q[2];
ry(pi*-0.250171160114) q[3];
ry(pi*-0.365715345355) q[4];
ry(pi*-0.003077023641) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
