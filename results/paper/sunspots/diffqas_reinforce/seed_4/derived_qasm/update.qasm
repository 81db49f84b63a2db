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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026151715257) q[0];
ry(pi*0.070645196795) q[1];
ry(pi*0.165007959865) q[2];
ry(pi*0.281146181836) q[3];
ry(pi*-0.027169975511) q[4];
ry(pi*-0.001528175675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.216561184219) q[0];
ry(pi*0.233867251919) q[1];
ry(pi*-0.018313328504) q[2];
ry(pi*0.398312764679) q[3];
ry(pi*-0.019599421108) q[4];
ry(pi*0.001667332627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011957233911) q[0];
ry(pi*0.148064670073) q[1];
ry(pi*0.060133862942) q[2];
ry(pi*0.253194789996) q[3];
ry(pi*0.056332691915) q[4];
ry(pi*0.502724007191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038774872453) q[0];
ry(pi*0.174516721554) q[1];
ry(pi*0.393697188456) q[2];
ry(pi*-0.002890520345) q[3];
ry(pi*0.001142085002) q[4];
ry(pi*-0.50365340621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021802063438) q[0];
ry(pi*0.002917110354) q[1];
ry(pi*0.001690509765) q[2];
ry(pi*0.036179255901) q[3];
ry(pi*0.002685131161) q[4];
ry(pi*0.005892590367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
