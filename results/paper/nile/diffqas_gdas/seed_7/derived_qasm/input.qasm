// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003397965751) q[0];
rz(pi*0.007925486487) q[1];
rz(pi*-0.001648175043) q[2];
rz(pi*0.000240354494) q[3];
rz(pi*-0.000796845843) q[4];
rz(pi*0.001119887703) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002055235345) q[0];
rz(pi*0.004100746564) q[1];
rz(pi*-0.003139578865) q[2];
rz(pi*0.00500580414) q[3];
rz(pi*-0.002961910644) q[4];
rz(pi*0.000885078309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003690618902) q[0];
rz(pi*0.002273223619) q[1];
rz(pi*-0.00298441173) q[2];
rz(pi*-0.002232117382) q[3];
rz(pi*-0.001468944832) q[4];
rz(pi*-0.000160310713) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003653394075) q[0];
rz(pi*-0.00410945298) q[1];
rz(pi*0.001487955821) q[2];
rz(pi*0.001943509132) q[3];
rz(pi*0.001779049057) q[4];
rz(pi*0.001485592973) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004834158877) q[0];
rz(pi*0.001552954083) q[1];
rz(pi*0.002727297204) q[2];
rz(pi*0.001793656442) q[3];
rz(pi*0.005707748966) q[4];
rz(pi*-0.006047378343) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
