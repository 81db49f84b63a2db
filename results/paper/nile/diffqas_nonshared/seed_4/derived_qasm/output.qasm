// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.044847202331) q[0];
ry(pi*0.068699256928) q[1];
ry(pi*0.011358162288) q[2];
ry(pi*-0.052485810794) q[3];
ry(pi*0.063792301989) q[4];
ry(pi*0.092232948818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.059668466185) q[0];
ry(pi*0.079245756768) q[1];
ry(pi*-0.003706571129) q[2];
ry(pi*0.004230248314) q[3];
ry(pi*-0.02098510878) q[4];
ry(pi*0.029845804097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.059408956942) q[0];
ry(pi*0.05270441005) q[1];
ry(pi*-0.149272408786) q[2];
ry(pi*-0.15515618987) q[3];
ry(pi*0.0827147387) q[4];
ry(pi*0.173704782817) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.160667981775) q[0];
ry(pi*-0.245948699223) q[1];
ry(pi*-0.034138359804) q[2];
ry(pi*-0.008073640524) q[3];
ry(pi*-0.014298479277) q[4];
ry(pi*-0.179007722715) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.362284541335) q[0];
ry(pi*0.011091490832) q[1];
ry(pi*0.25612729377) q[2];
ry(pi*0.208779265106) q[3];
ry(pi*-0.338700011968) q[4];
ry(pi*0.001867613546) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
