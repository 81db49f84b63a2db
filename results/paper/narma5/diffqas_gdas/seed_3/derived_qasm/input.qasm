// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.000680626572) q[0];
rx(pi*0.000665347062) q[1];
rx(pi*-0.000861854332) q[2];
rx(pi*0.004844983126) q[3];
rx(pi*-0.000106249221) q[4];
rx(pi*-0.000311277386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000555064928) q[0];
rx(pi*0.00023824196) q[1];
rx(pi*-0.00141289059) q[2];
rx(pi*-0.006733675395) q[3];
rx(pi*-0.002191127947) q[4];
rx(pi*0.003021339219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.013124489524) q[0];
rx(pi*0.002018059876) q[1];
rx(pi*-0.003375986416) q[2];
rx(pi*0.002273605297) q[3];
rx(pi*-0.002541228799) q[4];
rx(pi*0.001206336805) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002048074615) q[0];
rx(pi*-0.003194657937) q[1];
rx(pi*-0.002426934299) q[2];
rx(pi*0.00742847876) q[3];
rx(pi*-0.006018325138) q[4];
rx(pi*-0.001590970727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00343561124) q[0];
rx(pi*-0.001151790156) q[1];
rx(pi*-0.004651307836) q[2];
rx(pi*0.006671641625) q[3];
rx(pi*0.006236932694) q[4];
rx(pi*0.004869556095) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
