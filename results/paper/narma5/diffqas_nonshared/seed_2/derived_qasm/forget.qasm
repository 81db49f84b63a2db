// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.102527969631) q[0];
ry(pi*0.060231411325) q[1];
ry(pi*0.061584495515) q[2];
ry(pi*0.072754112565) q[3];
ry(pi*0.018759280567) q[4];
ry(pi*0.003186823378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.096853932274) q[0];
ry(pi*-0.030081979232) q[1];
ry(pi*-0.006538329614) q[2];
ry(pi*-0.012265494815) q[3];
ry(pi*0.005290848922) q[4];
ry(pi*-0.000902711551) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.096760339709) q[0];
ry(pi*0.065206791478) q[1];
ry(pi*-0.049365818327) q[2];
ry(pi*-0.010899913512) q[3];
ry(pi*-0.003073445202) q[4];
ry(pi*-0.001763268029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.0979381584) q[0];
ry(pi*-0.048086443261) q[1];
ry(pi*-0.013296081426) q[2];
ry(pi*-0.009178381526) q[3];
ry(pi*0.003235222265) q[4];
ry(pi*0.001207780068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.102773742605) q[0];
ry(pi*0.078494137139) q[1];
ry(pi*0.077783010096) q[2];
ry(pi*0.080939202566) q[3];
ry(pi*0.009858501763) q[4];
ry(pi*-0.004790027377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
