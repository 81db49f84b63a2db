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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499998306366) q[0];
ry(pi*0.001632338135) q[1];
ry(pi*4.3343117e-05) q[2];
ry(pi*-2.041524e-06) q[3];
ry(pi*-6.3754e-07) q[4];
ry(pi*-0.499999330895) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.2394658e-05) q[0];
ry(pi*-0.000625038793) q[1];
ry(pi*-0.00588702898) q[2];
ry(pi*0.000254617572) q[3];
ry(pi*7.837426e-06) q[4];
ry(pi*0.001533577275) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.6505906e-05) q[0];
ry(pi*2.406033e-06) q[1];
ry(pi*-0.000102668495) q[2];
ry(pi*1.1709933e-05) q[3];
ry(pi*1.4341173e-05) q[4];
ry(pi*-1.8242431e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.281477e-06) q[0];
ry(pi*-0.500014129638) q[1];
ry(pi*-3.13616e-07) q[2];
ry(pi*0.042674466981) q[3];
ry(pi*-0.000962733247) q[4];
ry(pi*-0.005955722778) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.303255257534) q[0];
ry(pi*-0.201572732513) q[1];
ry(pi*2.72423e-07) q[2];
ry(pi*-0.511255103192) q[3];
ry(pi*-0.4987626872) q[4];
ry(pi*0.001867650751) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
