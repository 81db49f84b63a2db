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
ry(pi*-0.004918868638) q[0];
ry(pi*-0.307224584025) q[1];
ry(pi*-0.002908330419) q[2];
ry(pi*-0.343242656948) q[3];
ry(pi*0.557146992443) q[4];
ry(pi*0.498693967908) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009903830029) q[0];
ry(pi*0.000950138603) q[1];
ry(pi*-0.108959588804) q[2];
ry(pi*0.517342015998) q[3];
ry(pi*-0.497926861773) q[4];
ry(pi*-0.000457979229) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.405683525376) q[0];
ry(pi*-0.015427791766) q[1];
ry(pi*-0.129603124092) q[2];
ry(pi*0.095839592264) q[3];
ry(pi*-0.438380703407) q[4];
ry(pi*-0.173875575491) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.15364680344) q[0];
ry(pi*-0.163275634164) q[1];
ry(pi*0.173018424696) q[2];
ry(pi*0.002185526095) q[3];
ry(pi*0.500551931144) q[4];
ry(pi*0.000177987496) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01655664891) q[0];
ry(pi*0.311380962835) q[1];
ry(pi*-0.112617306886) q[2];
ry(pi*0.043768075131) q[3];
ry(pi*0.039959964821) q[4];
ry(pi*2.614666e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
