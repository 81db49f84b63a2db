// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.081377254851) q[0];
ry(pi*-0.273915307208) q[1];
ry(pi*0.499536016396) q[2];
ry(pi*-0.499013431034) q[3];
ry(pi*-7.4354522e-05) q[4];
ry(pi*-0.255651457258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.4764996856) q[0];
ry(pi*-0.003985708865) q[1];
ry(pi*0.499035742985) q[2];
ry(pi*0.134246694604) q[3];
ry(pi*-0.134150037941) q[4];
ry(pi*-0.244348651519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.390227376467) q[0];
ry(pi*0.017219273309) q[1];
ry(pi*-0.415138594189) q[2];
ry(pi*3.5261092e-05) q[3];
ry(pi*0.01803848098) q[4];
ry(pi*0.009041309353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.05774284613) q[0];
ry(pi*-0.006524098274) q[1];
ry(pi*0.032529314274) q[2];
ry(pi*0.030901936327) q[3];
ry(pi*-0.015411391012) q[4];
ry(pi*0.027684274526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.234417632357) q[0];
ry(pi*0.001859547461) q[1];
ry(pi*0.092563966347) q[2];
ry(pi*-0.011790586781) q[3];
ry(pi*0.016759024095) q[4];
ry(pi*0.005546497211) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
