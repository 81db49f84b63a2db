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
rx(pi*0.183502101026) q[0];
rx(pi*0.064142970542) q[1];
rx(pi*0.001920473104) q[2];
rx(pi*0.003365416224) q[3];
rx(pi*-0.001446422846) q[4];
rx(pi*-0.000744874002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.011820831713) q[0];
rx(pi*0.06108176039) q[1];
rx(pi*0.004067235652) q[2];
rx(pi*0.00225015587) q[3];
rx(pi*0.002721885524) q[4];
rx(pi*0.008483291199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.180005214925) q[0];
rx(pi*0.056598760985) q[1];
rx(pi*0.000782790816) q[2];
rx(pi*-0.001608167892) q[3];
rx(pi*0.005687721452) q[4];
rx(pi*0.007170550184) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.020381818092) q[0];
rx(pi*0.060845839016) q[1];
rx(pi*0.002852002999) q[2];
rx(pi*-0.000584279698) q[3];
rx(pi*-0.001544808401) q[4];
rx(pi*-0.001781926689) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.177462411388) q[0];
rx(pi*0.063062529479) q[1];
rx(pi*0.002532005968) q[2];
rx(pi*0.004745975325) q[3];
rx(pi*-0.002998467275) q[4];
rx(pi*0.00133619385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
