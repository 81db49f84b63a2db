// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*9.3931712e-05) q[0];
rz(pi*8.1087736e-05) q[1];
rz(pi*-0.000932530189) q[2];
rz(pi*-0.000120469787) q[3];
rz(pi*-0.000741820798) q[4];
rz(pi*0.001362395511) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001061585857) q[0];
rz(pi*-0.001659182349) q[1];
rz(pi*-0.000955010301) q[2];
rz(pi*-0.001948883459) q[3];
rz(pi*-0.000256560074) q[4];
rz(pi*0.001716404898) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00654499972) q[0];
rz(pi*-0.005184400543) q[1];
rz(pi*-0.004386297978) q[2];
rz(pi*-0.000217668109) q[3];
rz(pi*0.000100522703) q[4];
rz(pi*-0.000142850644) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005959582546) q[0];
rz(pi*-0.005811531081) q[1];
rz(pi*-0.000493592077) q[2];
rz(pi*-0.004050633904) q[3];
rz(pi*-0.000962891328) q[4];
rz(pi*0.001638432982) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004594994052) q[0];
rz(pi*0.003258824066) q[1];
rz(pi*-0.00269311098) q[2];
rz(pi*-0.003336252443) q[3];
rz(pi*-0.005238818534) q[4];
rz(pi*-0.002227332544) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
