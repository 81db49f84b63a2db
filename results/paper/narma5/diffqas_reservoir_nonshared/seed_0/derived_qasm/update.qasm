// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.995716740308) q[0];
rz(pi*0.167421198508) q[1];
rz(pi*0.721105114287) q[2];
rz(pi*0.615441784263) q[3];
rz(pi*0.232342488078) q[4];
rz(pi*1.744734029766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.447595008052) q[0];
rz(pi*1.770961349051) q[1];
rz(pi*0.853375066768) q[2];
rz(pi*1.490630350292) q[3];
rz(pi*1.25849339399) q[4];
rz(pi*1.019262071979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.796238257631) q[0];
rz(pi*1.012884420787) q[1];
rz(pi*1.191251395867) q[2];
rz(pi*1.396008704081) q[3];
rz(pi*0.12787776139) q[4];
rz(pi*0.998692805511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.298119191806) q[0];
rz(pi*1.956627291952) q[1];
rz(pi*0.414483806721) q[2];
rz(pi*1.260264689715) q[3];
rz(pi*0.267684258437) q[4];
rz(pi*0.283067438159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.832137959582) q[0];
rz(pi*0.501722094331) q[1];
rz(pi*1.683534472329) q[2];
rz(pi*0.875757065441) q[3];
rz(pi*1.578545509649) q[4];
rz(pi*1.208511739246) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
