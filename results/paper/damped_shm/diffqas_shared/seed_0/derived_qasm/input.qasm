// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.002868570951) q[0];
rz(pi*-0.001766723441) q[1];
rz(pi*-0.000764972145) q[2];
rz(pi*-0.006315320973) q[3];
rz(pi*0.000439583816) q[4];
rz(pi*0.002287732435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001478005208) q[0];
rz(pi*-0.000169320156) q[1];
rz(pi*0.003925915065) q[2];
rz(pi*0.001175707157) q[3];
rz(pi*0.002218427211) q[4];
rz(pi*0.002888783449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000473461065) q[0];
rz(pi*0.002261382253) q[1];
rz(pi*-0.002156812323) q[2];
rz(pi*-0.001134417863) q[3];
rz(pi*0.003724499486) q[4];
rz(pi*-0.004083455869) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007561258349) q[0];
rz(pi*0.000749477858) q[1];
rz(pi*0.002411135929) q[2];
rz(pi*-0.000879915425) q[3];
rz(pi*0.00213254188) q[4];
rz(pi*-0.002663550254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002146905436) q[0];
rz(pi*-0.000210038656) q[1];
rz(pi*0.000600222328) q[2];
rz(pi*0.000155927897) q[3];
rz(pi*0.005557780067) q[4];
rz(pi*-0.001170610973) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
