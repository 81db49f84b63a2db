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
ry(pi*-0.112910682484) q[0];
ry(pi*-0.081152000904) q[1];
ry(pi*0.009231291776) q[2];
ry(pi*0.000893177153) q[3];
ry(pi*0.029173974358) q[4];
ry(pi*-0.000610546393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003189747553) q[0];
ry(pi*-0.361163859074) q[1];
ry(pi*-0.001150113291) q[2];
ry(pi*-0.309757483787) q[3];
ry(pi*-0.010132917657) q[4];
ry(pi*-0.002332383314) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015609400093) q[0];
ry(pi*0.497693952322) q[1];
ry(pi*-0.127781654936) q[2];
ry(pi*-0.083805368129) q[3];
ry(pi*-0.023549674058) q[4];
ry(pi*0.016038989347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.142050906695) q[0];
ry(pi*0.014923561351) q[1];
ry(pi*0.013396945296) q[2];
ry(pi*0.049374076215) q[3];
ry(pi*-0.238735336441) q[4];
ry(pi*-0.481189103757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027927490922) q[0];
ry(pi*0.01835534484) q[1];
ry(pi*-0.044823467424) q[2];
ry(pi*-0.00799560917) q[3];
ry(pi*-0.160179035094) q[4];
ry(pi*0.000349314261) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
