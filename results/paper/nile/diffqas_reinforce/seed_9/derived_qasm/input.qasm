// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.005017695902) q[0];
rx(pi*0.001651586136) q[1];
rx(pi*-0.005218488049) q[2];
rx(pi*0.000808013083) q[3];
rx(pi*-0.002214540614) q[4];
rx(pi*0.001761239279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004515011766) q[0];
rx(pi*0.00060037637) q[1];
rx(pi*-0.000707955703) q[2];
rx(pi*0.003735194187) q[3];
rx(pi*0.000470865986) q[4];
rx(pi*0.003350219646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-9.2735743e-05) q[0];
rx(pi*0.004880346253) q[1];
rx(pi*-0.001143020522) q[2];
rx(pi*1.4658635e-05) q[3];
rx(pi*5.8775766e-05) q[4];
rx(pi*0.005986254079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000228987576) q[0];
rx(pi*0.000910445911) q[1];
rx(pi*-0.001384118714) q[2];
rx(pi*0.003727895312) q[3];
rx(pi*-0.000472045112) q[4];
rx(pi*-0.003049034687) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000465817827) q[0];
rx(pi*0.002532354) q[1];
rx(pi*0.003727418029) q[2];
rx(pi*-0.000415100152) q[3];
rx(pi*0.00215454004) q[4];
rx(pi*-0.001951403574) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
