// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.173243820939) q[0];
rx(pi*0.078614803814) q[1];
rx(pi*-0.001553981428) q[2];
rx(pi*-0.011294577495) q[3];
rx(pi*-0.001025889225) q[4];
rx(pi*0.000926669611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02919813378) q[0];
rx(pi*0.094171546232) q[1];
rx(pi*-0.00502425158) q[2];
rx(pi*-0.007407711309) q[3];
rx(pi*-0.003131387974) q[4];
rx(pi*0.003030901187) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.120628701382) q[0];
rx(pi*0.078614376927) q[1];
rx(pi*-0.005201850135) q[2];
rx(pi*-0.005584445078) q[3];
rx(pi*-0.003841995638) q[4];
rx(pi*-0.000235287585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01367950287) q[0];
rx(pi*0.096124894957) q[1];
rx(pi*-0.002928077492) q[2];
rx(pi*-0.002837176686) q[3];
rx(pi*-0.000900211595) q[4];
rx(pi*0.000719116052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.146866797188) q[0];
rx(pi*0.080770762512) q[1];
rx(pi*-0.000440343356) q[2];
rx(pi*-0.000589397745) q[3];
rx(pi*0.003444636932) q[4];
rx(pi*-0.003160989314) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
