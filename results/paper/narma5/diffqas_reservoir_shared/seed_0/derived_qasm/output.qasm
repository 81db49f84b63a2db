// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.854847911054) q[0];
rx(pi*1.93585243679) q[1];
rx(pi*0.029412608835) q[2];
rx(pi*1.727280164361) q[3];
rx(pi*1.962390150227) q[4];
rx(pi*1.914420365648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.297528030078) q[0];
rx(pi*1.945257607277) q[1];
rx(pi*1.779871103151) q[2];
rx(pi*1.644747649416) q[3];
rx(pi*0.959975878201) q[4];
rx(pi*0.464745840731) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.603761202027) q[0];
rx(pi*1.847060281144) q[1];
rx(pi*0.532260553129) q[2];
rx(pi*1.077868813716) q[3];
rx(pi*0.885505642662) q[4];
rx(pi*1.862034636098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081021420968) q[0];
rx(pi*1.464012344187) q[1];
rx(pi*1.228746478226) q[2];
rx(pi*0.056730730675) q[3];
rx(pi*1.438439508806) q[4];
rx(pi*0.031983458836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.515902050221) q[0];
rx(pi*1.025517462785) q[1];
rx(pi*1.858208515907) q[2];
rx(pi*0.132164995241) q[3];
rx(pi*1.682634556961) q[4];
rx(pi*0.133380019489) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
