// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.000755154786) q[0];
rz(pi*0.000585911318) q[1];
rz(pi*-0.002252299791) q[2];
rz(pi*-0.001401644642) q[3];
rz(pi*-0.004457562583) q[4];
rz(pi*-0.002711842122) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*4.7640514e-05) q[0];
rz(pi*0.001039681227) q[1];
rz(pi*-0.002859575497) q[2];
rz(pi*0.009728780344) q[3];
rz(pi*-0.001815458352) q[4];
rz(pi*0.000405327223) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000734016329) q[0];
rz(pi*-0.001272686283) q[1];
rz(pi*0.004141453483) q[2];
rz(pi*-0.001524186655) q[3];
rz(pi*0.004247413018) q[4];
rz(pi*0.00363459386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003328507708) q[0];
rz(pi*0.003295945137) q[1];
rz(pi*-0.002070279844) q[2];
rz(pi*0.008710373051) q[3];
rz(pi*-0.001228077796) q[4];
rz(pi*-0.002995096944) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006083154424) q[0];
rz(pi*-0.004115978716) q[1];
rz(pi*-0.001848224436) q[2];
rz(pi*-0.003176859425) q[3];
rz(pi*-0.003911052289) q[4];
rz(pi*-0.002213336734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
