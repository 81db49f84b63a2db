// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.013091159149) q[0];
ry(pi*-0.243362618849) q[1];
ry(pi*-0.105275944462) q[2];
ry(pi*0.009938040858) q[3];
ry(pi*-0.142316212113) q[4];
ry(pi*-0.056164152254) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.057109611703) q[0];
ry(pi*0.185354277574) q[1];
ry(pi*-0.112965352456) q[2];
ry(pi*0.44326364359) q[3];
ry(pi*-0.050356655846) q[4];
ry(pi*0.273908344209) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.23204006248) q[0];
ry(pi*0.140104369186) q[1];
ry(pi*0.297145254894) q[2];
ry(pi*0.186314014016) q[3];
ry(pi*0.050570075541) q[4];
ry(pi*-0.048312351768) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055506376577) q[0];
ry(pi*0.082216732532) q[1];
ry(pi*0.010211725708) q[2];
ry(pi*-0.054612783877) q[3];
ry(pi*0.033888185152) q[4];
ry(pi*0.152450676048) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.118964260173) q[0];
ry(pi*-0.164784878297) q[1];
ry(pi*-0.42776074583) q[2];
ry(pi*0.170518252923) q[3];
ry(pi*0.045514369518) q[4];
ry(pi*-0.004648033258) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
