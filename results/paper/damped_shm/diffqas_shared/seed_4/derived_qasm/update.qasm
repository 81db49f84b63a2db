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
ry(pi*0.009311418433) q[0];
ry(pi*0.095170954689) q[1];
ry(pi*-0.068226669499) q[2];
ry(pi*-0.115836441447) q[3];
ry(pi*0.04402114787) q[4];
ry(pi*0.039159110911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.07694932859) q[0];
ry(pi*0.079235231637) q[1];
ry(pi*-0.303755208408) q[2];
ry(pi*0.068028627215) q[3];
ry(pi*0.008467067128) q[4];
ry(pi*-0.008992405317) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.086729780026) q[0];
ry(pi*-0.04287742795) q[1];
ry(pi*0.011059221746) q[2];
ry(pi*-0.19024435151) q[3];
ry(pi*-0.136165968274) q[4];
ry(pi*-0.014528779975) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.125018037075) q[0];
ry(pi*0.376175742124) q[1];
ry(pi*0.039627963081) q[2];
ry(pi*-0.384508876475) q[3];
ry(pi*0.229735385899) q[4];
ry(pi*-0.14789520549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.150804050249) q[0];
ry(pi*-0.349537093669) q[1];
ry(pi*-0.007665595418) q[2];
ry(pi*-0.1274398514) q[3];
ry(pi*0.049844799572) q[4];
ry(pi*-0.004707301157) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
