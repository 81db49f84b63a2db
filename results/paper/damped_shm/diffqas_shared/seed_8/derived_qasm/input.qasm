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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050442507529) q[0];
ry(pi*0.332299934988) q[1];
ry(pi*0.322836176656) q[2];
ry(pi*0.320054316498) q[3];
ry(pi*-0.049845548996) q[4];
ry(pi*0.002557712856) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069026897308) q[0];
ry(pi*0.45425656744) q[1];
ry(pi*-0.373038901856) q[2];
ry(pi*0.002986437071) q[3];
ry(pi*0.392085074084) q[4];
ry(pi*-0.049660787635) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036018592302) q[0];
ry(pi*0.422169742703) q[1];
ry(pi*0.073214713961) q[2];
ry(pi*0.22059528367) q[3];
ry(pi*-0.229529607478) q[4];
ry(pi*0.04379661963) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.023504229585) q[0];
ry(pi*0.024416662223) q[1];
ry(pi*0.057259022091) q[2];
ry(pi*0.488426448093) q[3];
ry(pi*-0.098125068424) q[4];
ry(pi*0.031391940738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.136329124418) q[0];
ry(pi*0.158070100351) q[1];
ry(pi*-0.241742156468) q[2];
ry(pi*-0.026516890847) q[3];
ry(pi*-0.020200502657) q[4];
ry(pi*-0.000363270088) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
