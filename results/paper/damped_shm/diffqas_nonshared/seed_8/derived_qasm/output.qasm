// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.120162208948) q[0];
ry(pi*0.203915620207) q[1];
ry(pi*0.002197476999) q[2];
ry(pi*0.005957477757) q[3];
ry(pi*0.30331143584) q[4];
ry(pi*0.26923271924) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.184509610847) q[0];
ry(pi*0.33296690296) q[1];
ry(pi*-0.093679231888) q[2];
ry(pi*-0.261486639648) q[3];
ry(pi*0.286696754038) q[4];
ry(pi*-0.020547969558) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027742829168) q[0];
ry(pi*-0.087445830497) q[1];
ry(pi*-0.015968465272) q[2];
ry(pi*-0.174214978975) q[3];
ry(pi*0.021229904657) q[4];
ry(pi*0.09426405735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.201104655855) q[0];
ry(pi*-0.354974379594) q[1];
ry(pi*-0.211449944963) q[2];
ry(pi*-0.361713689302) q[3];
ry(pi*-0.628459327966) q[4];
ry(pi*-0.028489741185) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056844040667) q[0];
ry(pi*-0.292113701178) q[1];
ry(pi*-0.356256633774) q[2];
ry(pi*0.068657293953) q[3];
ry(pi*-0.040825596434) q[4];
ry(pi*0.000414394084) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
