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
ry(pi*0.023223183901) q[0];
ry(pi*-0.239832966813) q[1];
ry(pi*-0.312879866821) q[2];
ry(pi*0.295316604553) q[3];
ry(pi*-0.086146140362) q[4];
ry(pi*0.076734357872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.013974803015) q[0];
ry(pi*0.079643629517) q[1];
ry(pi*-0.050951257015) q[2];
ry(pi*0.069069642908) q[3];
ry(pi*0.024551771903) q[4];
ry(pi*-0.148553009626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000333476871) q[0];
ry(pi*-0.025942033193) q[1];
ry(pi*0.008395367335) q[2];
ry(pi*-0.093831706375) q[3];
ry(pi*-0.045560108069) q[4];
ry(pi*0.008137171362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.081898274962) q[0];
ry(pi*-0.086261817204) q[1];
ry(pi*0.19928184912) q[2];
ry(pi*-0.184062593938) q[3];
ry(pi*0.092266388286) q[4];
ry(pi*-0.093032811402) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.374699207007) q[0];
ry(pi*-0.236317051047) q[1];
ry(pi*-0.304779660893) q[2];
ry(pi*0.27508992899) q[3];
ry(pi*-0.089248364851) q[4];
ry(pi*0.000539417784) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
