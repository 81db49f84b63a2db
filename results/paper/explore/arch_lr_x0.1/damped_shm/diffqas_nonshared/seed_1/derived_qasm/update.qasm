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
ry(pi*0.010889987208) q[0];
ry(pi*0.420600468796) q[1];
ry(pi*-0.007524305366) q[2];
ry(pi*-0.002373838768) q[3];
ry(pi*0.003462940297) q[4];
ry(pi*0.002479385942) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002114150321) q[0];
ry(pi*0.006759271411) q[1];
ry(pi*-0.000172186949) q[2];
ry(pi*-0.675249500929) q[3];
ry(pi*0.002878366818) q[4];
ry(pi*0.008142114356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001551142482) q[0];
ry(pi*0.01846843546) q[1];
ry(pi*0.014036132422) q[2];
ry(pi*0.011784733689) q[3];
ry(pi*0.007074764489) q[4];
ry(pi*-0.017333262763) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.374983266985) q[0];
ry(pi*0.430936973522) q[1];
ry(pi*-0.012271710761) q[2];
ry(pi*0.427179041386) q[3];
ry(pi*-0.497413876621) q[4];
ry(pi*-0.4998017487) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.035543545531) q[0];
ry(pi*0.478912374034) q[1];
ry(pi*-0.016954790834) q[2];
ry(pi*0.011754166221) q[3];
ry(pi*0.315542919633) q[4];
ry(pi*-0.004625930303) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
