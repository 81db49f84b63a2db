// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.006338632551) q[0];
ry(pi*-0.145569288919) q[1];
ry(pi*-0.060082508458) q[2];
ry(pi*0.22646285254) q[3];
ry(pi*0.009668641477) q[4];
ry(pi*-0.026016792933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.048960176238) q[0];
ry(pi*-0.177776524199) q[1];
ry(pi*-0.249828474345) q[2];
ry(pi*-0.14228822731) q[3];
ry(pi*-0.075393420983) q[4];
ry(pi*0.034987046382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.16962949353) q[0];
ry(pi*-0.081236875491) q[1];
ry(pi*0.02366744739) q[2];
ry(pi*0.06517540581) q[3];
ry(pi*0.14018501285) q[4];
ry(pi*0.064983093296) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027838100821) q[0];
ry(pi*0.204124699887) q[1];
ry(pi*0.219503060531) q[2];
ry(pi*0.258942489046) q[3];
ry(pi*0.506095881857) q[4];
ry(pi*-0.092193276803) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.037984588736) q[0];
ry(pi*-0.0904128457) q[1];
ry(pi*-0.006115498215) q[2];
ry(pi*0.074315209218) q[3];
ry(pi*-0.089125611173) q[4];
ry(pi*0.002812649963) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
