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
rx(pi*0.000179214666) q[0];
rx(pi*0.004122227271) q[1];
rx(pi*-0.486609693664) q[2];
rx(pi*-0.004888164211) q[3];
rx(pi*0.001125654455) q[4];
rx(pi*-0.001641650789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.7296642e-05) q[0];
rx(pi*0.004138125545) q[1];
rx(pi*0.005980160863) q[2];
rx(pi*-0.000129625045) q[3];
rx(pi*0.001816806159) q[4];
rx(pi*0.0015610593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000132558002) q[0];
rx(pi*0.014547822684) q[1];
rx(pi*-0.007721862066) q[2];
rx(pi*-0.000536667551) q[3];
rx(pi*-0.000575971488) q[4];
rx(pi*0.004082052478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.359101e-06) q[0];
rx(pi*-0.004746626031) q[1];
rx(pi*-0.020791382796) q[2];
rx(pi*0.001048333245) q[3];
rx(pi*-0.00061333031) q[4];
rx(pi*-0.001797117931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000258731286) q[0];
rx(pi*-0.017879754973) q[1];
rx(pi*-0.490426820773) q[2];
rx(pi*0.000431720427) q[3];
rx(pi*-0.001750505744) q[4];
rx(pi*-0.009556569456) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
