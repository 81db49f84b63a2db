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
ry(pi*-0.004725222696) q[0];
ry(pi*0.507390506269) q[1];
ry(pi*0.003551073157) q[2];
ry(pi*-0.009496940482) q[3];
ry(pi*0.001882516195) q[4];
ry(pi*-0.001842639482) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001379556658) q[0];
ry(pi*-0.492745138759) q[1];
ry(pi*0.001916833153) q[2];
ry(pi*-0.063597916703) q[3];
ry(pi*0.01893567376) q[4];
ry(pi*-0.520242417884) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002512882921) q[0];
ry(pi*0.014981948797) q[1];
ry(pi*0.433263639517) q[2];
ry(pi*0.082936653443) q[3];
ry(pi*0.002303982297) q[4];
ry(pi*0.009939183373) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027290938635) q[0];
ry(pi*-0.26730685254) q[1];
ry(pi*-0.00145157454) q[2];
ry(pi*-0.007501385694) q[3];
ry(pi*0.014887453841) q[4];
ry(pi*0.491715715415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.046283965826) q[0];
ry(pi*0.008234438711) q[1];
ry(pi*-0.50887618625) q[2];
ry(pi*0.00358984871) q[3];
ry(pi*-0.008097218313) q[4];
ry(pi*-0.003373449404) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
