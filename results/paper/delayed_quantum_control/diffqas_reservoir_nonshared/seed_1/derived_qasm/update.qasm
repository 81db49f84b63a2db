// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*0.208613557128) q[0];
rx(pi*1.598394342941) q[1];
rx(pi*1.676664668062) q[2];
rx(pi*0.542385321991) q[3];
rx(pi*1.947095079946) q[4];
rx(pi*0.675029872402) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.515105470555) q[0];
rx(pi*0.316653792983) q[1];
rx(pi*1.924473493415) q[2];
rx(pi*1.96901376412) q[3];
rx(pi*1.56672351467) q[4];
rx(pi*0.600318227621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.372633795747) q[0];
rx(pi*1.632191181428) q[1];
rx(pi*1.639173304362) q[2];
rx(pi*1.383413683469) q[3];
rx(pi*0.028257277594) q[4];
rx(pi*0.179540553362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.142609141219) q[0];
rx(pi*0.078990682405) q[1];
rx(pi*1.635850037876) q[2];
rx(pi*1.955528086841) q[3];
rx(pi*1.955157435242) q[4];
rx(pi*1.659292309581) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.077255145567) q[0];
rx(pi*0.226883250684) q[1];
rx(pi*1.957799048849) q[2];
rx(pi*1.084287521934) q[3];
rx(pi*0.22436691413) q[4];
rx(pi*0.009597392287) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
