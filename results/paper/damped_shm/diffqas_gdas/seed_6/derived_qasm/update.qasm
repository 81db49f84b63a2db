// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.031587860446) q[0];
ry(pi*0.014555845785) q[1];
ry(pi*-0.041986074034) q[2];
ry(pi*-0.05941386614) q[3];
ry(pi*-0.004510504553) q[4];
ry(pi*-0.000550710386) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.108739049585) q[0];
ry(pi*0.007291960947) q[1];
ry(pi*-0.071228551868) q[2];
ry(pi*-0.007218230478) q[3];
ry(pi*0.001054487159) q[4];
ry(pi*-0.001060244721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0016740306) q[0];
ry(pi*0.004820335452) q[1];
ry(pi*0.002816005175) q[2];
ry(pi*0.001750584303) q[3];
ry(pi*0.007746079592) q[4];
ry(pi*0.006727307074) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095815838384) q[0];
ry(pi*0.029694399199) q[1];
ry(pi*-0.002809817984) q[2];
ry(pi*0.002003027086) q[3];
ry(pi*0.004624076903) q[4];
ry(pi*-0.000738123188) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.6464898e-05) q[0];
ry(pi*-2.6636105e-05) q[1];
ry(pi*-0.171434655609) q[2];
ry(pi*-0.001251097964) q[3];
ry(pi*-0.061692720811) q[4];
ry(pi*0.003766166901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
