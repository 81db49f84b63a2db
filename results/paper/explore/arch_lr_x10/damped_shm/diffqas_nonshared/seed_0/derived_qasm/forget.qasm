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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.097481142853) q[0];
ry(pi*0.091011587672) q[1];
ry(pi*0.018442498528) q[2];
ry(pi*8.121141e-06) q[3];
ry(pi*1.8319e-08) q[4];
ry(pi*-1.3216e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.16364087853) q[0];
ry(pi*0.368279170697) q[1];
ry(pi*0.009726867654) q[2];
ry(pi*-5.369235e-06) q[3];
ry(pi*-6.805e-09) q[4];
ry(pi*8.363e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.041057661598) q[0];
ry(pi*0.128765097827) q[1];
ry(pi*0.002751695564) q[2];
ry(pi*1.713465e-05) q[3];
ry(pi*1.4892e-08) q[4];
ry(pi*-2.4544e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.152493383703) q[0];
ry(pi*0.403509134654) q[1];
ry(pi*0.015423222891) q[2];
ry(pi*0.000115232864) q[3];
ry(pi*0.002406941469) q[4];
ry(pi*0.005075069491) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.180601775031) q[0];
ry(pi*0.306024083414) q[1];
ry(pi*-0.117530129147) q[2];
ry(pi*0.024198911998) q[3];
ry(pi*-0.028651531291) q[4];
ry(pi*-0.00363585792) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
