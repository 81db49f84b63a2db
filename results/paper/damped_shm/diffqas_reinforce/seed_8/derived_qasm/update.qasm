// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.0021922005) q[0];
ry(pi*0.508378303405) q[1];
ry(pi*0.000864646291) q[2];
ry(pi*-0.059430566901) q[3];
ry(pi*-0.002522948557) q[4];
ry(pi*-0.015019346454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024850365006) q[0];
ry(pi*-0.493131044447) q[1];
ry(pi*-0.009774269878) q[2];
ry(pi*-0.105989481043) q[3];
ry(pi*0.019341837599) q[4];
ry(pi*-0.5128079467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000579622259) q[0];
ry(pi*-0.010182014385) q[1];
ry(pi*0.401736890291) q[2];
ry(pi*0.107874195854) q[3];
ry(pi*-8.4279335e-05) q[4];
ry(pi*-0.009180132948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.050544168254) q[0];
ry(pi*-0.276935863504) q[1];
ry(pi*-0.006327700098) q[2];
ry(pi*-0.013883481252) q[3];
ry(pi*0.01909066925) q[4];
ry(pi*0.489912886984) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.080674504277) q[0];
ry(pi*0.009227469954) q[1];
ry(pi*-0.519210414246) q[2];
ry(pi*0.011984502492) q[3];
ry(pi*-0.009139442926) q[4];
ry(pi*-0.003372738519) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
