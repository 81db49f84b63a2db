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
rx(pi*-0.002058919615) q[0];
rx(pi*0.021067571456) q[1];
rx(pi*-0.199883512895) q[2];
rx(pi*-0.00614207192) q[3];
rx(pi*0.005473504308) q[4];
rx(pi*-0.001638333078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.3078772e-05) q[0];
rx(pi*-0.004099067475) q[1];
rx(pi*-0.197679391877) q[2];
rx(pi*-0.003994806298) q[3];
rx(pi*0.006380715884) q[4];
rx(pi*0.001564460462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015721812437) q[0];
rx(pi*-0.063335243754) q[1];
rx(pi*-0.201000229851) q[2];
rx(pi*-0.003000687383) q[3];
rx(pi*0.003770623422) q[4];
rx(pi*0.004083022756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003548151354) q[0];
rx(pi*0.011706519722) q[1];
rx(pi*-0.218737111734) q[2];
rx(pi*-0.003098859791) q[3];
rx(pi*0.003950231606) q[4];
rx(pi*-0.001797678813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007474143792) q[0];
rx(pi*0.028666960878) q[1];
rx(pi*-0.20370172145) q[2];
rx(pi*-0.000825133246) q[3];
rx(pi*0.002595914483) q[4];
rx(pi*-0.009556785271) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
