// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.501229447964) q[0];
ry(pi*-0.315223039107) q[1];
ry(pi*-0.140870393875) q[2];
ry(pi*0.590368691057) q[3];
ry(pi*-0.048396794725) q[4];
ry(pi*0.159375596148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015255261899) q[0];
ry(pi*0.12746208746) q[1];
ry(pi*0.206968069693) q[2];
ry(pi*0.339630511405) q[3];
ry(pi*-0.974499364779) q[4];
ry(pi*0.062955546898) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.403729711818) q[0];
ry(pi*0.437192402273) q[1];
ry(pi*0.073651523531) q[2];
ry(pi*-0.177817410471) q[3];
ry(pi*-0.637233426919) q[4];
ry(pi*0.379738558522) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04696589381) q[0];
ry(pi*-0.152350708641) q[1];
ry(pi*-0.535166267384) q[2];
ry(pi*-0.022154508314) q[3];
ry(pi*-0.001996509948) q[4];
ry(pi*-0.008980413355) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017514491635) q[0];
ry(pi*-0.096571532411) q[1];
ry(pi*-0.172724555807) q[2];
ry(pi*0.131632287917) q[3];
ry(pi*-0.251413932006) q[4];
ry(pi*0.002837206924) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
