// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.00437241467) q[0];
rz(pi*-0.002668841575) q[1];
rz(pi*0.002507927476) q[2];
rz(pi*-0.001411718281) q[3];
rz(pi*-0.002429510146) q[4];
rz(pi*0.006674333384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000758860845) q[0];
rz(pi*0.00253655172) q[1];
rz(pi*-0.002063536367) q[2];
rz(pi*-0.001914085365) q[3];
rz(pi*0.004092879099) q[4];
rz(pi*0.001652255814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000580378464) q[0];
rz(pi*0.001807428878) q[1];
rz(pi*0.002276344636) q[2];
rz(pi*0.002997012896) q[3];
rz(pi*0.001857433185) q[4];
rz(pi*0.002482302854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001314479837) q[0];
rz(pi*0.000773086775) q[1];
rz(pi*0.003803507047) q[2];
rz(pi*-0.006457602944) q[3];
rz(pi*0.002890591196) q[4];
rz(pi*0.000397738087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000882137163) q[0];
rz(pi*-0.000488319098) q[1];
rz(pi*-0.001889828114) q[2];
rz(pi*0.002167293136) q[3];
rz(pi*-0.003430311618) q[4];
rz(pi*-0.002817117452) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
