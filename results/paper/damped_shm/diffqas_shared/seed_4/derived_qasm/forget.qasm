// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.07963512024) q[0];
ry(pi*0.183157555928) q[1];
ry(pi*-0.014707784292) q[2];
ry(pi*0.09791665279) q[3];
ry(pi*0.170455453128) q[4];
ry(pi*0.082228410258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006547259256) q[0];
ry(pi*-0.155726282992) q[1];
ry(pi*0.005496132867) q[2];
ry(pi*0.01633115306) q[3];
ry(pi*-0.047464696833) q[4];
ry(pi*0.155575117625) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.110763546114) q[0];
ry(pi*-0.055622935653) q[1];
ry(pi*0.173973759461) q[2];
ry(pi*0.342392677851) q[3];
ry(pi*-0.058854170083) q[4];
ry(pi*0.115793439714) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.080426132037) q[0];
ry(pi*-0.108254817632) q[1];
ry(pi*0.204786848782) q[2];
ry(pi*-0.177967143395) q[3];
ry(pi*0.295032203065) q[4];
ry(pi*0.050264576358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.091117740195) q[0];
ry(pi*0.076534527407) q[1];
ry(pi*-0.367907760188) q[2];
ry(pi*-0.108909415373) q[3];
ry(pi*0.354018304892) q[4];
ry(pi*-0.006741916683) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
