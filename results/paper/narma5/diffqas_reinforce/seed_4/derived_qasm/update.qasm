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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001604198586) q[0];
ry(pi*-0.001153087417) q[1];
ry(pi*-0.000367904404) q[2];
ry(pi*-0.001615763365) q[3];
ry(pi*0.000886481329) q[4];
ry(pi*0.041993516094) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000874130367) q[0];
ry(pi*0.329135660127) q[1];
ry(pi*-0.003953759944) q[2];
ry(pi*0.500076739705) q[3];
ry(pi*0.002424651344) q[4];
ry(pi*-0.001810436207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002463187069) q[0];
ry(pi*0.031166110494) q[1];
ry(pi*0.015724597874) q[2];
ry(pi*-0.044382706779) q[3];
ry(pi*-0.003257268598) q[4];
ry(pi*-0.02663383412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000145974283) q[0];
ry(pi*-0.015523085949) q[1];
ry(pi*-0.0363875743) q[2];
ry(pi*0.025932409266) q[3];
ry(pi*-0.356207987649) q[4];
ry(pi*0.00812181233) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026016261696) q[0];
ry(pi*-0.016139633844) q[1];
ry(pi*0.001073044211) q[2];
ry(pi*0.036244617017) q[3];
ry(pi*0.028364269661) q[4];
ry(pi*-0.004707776662) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
