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
ry(pi*0.036544436234) q[0];
ry(pi*-0.479630416643) q[1];
ry(pi*0.007514715828) q[2];
ry(pi*0.009723039902) q[3];
ry(pi*-0.102722686941) q[4];
ry(pi*0.096852158322) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.100895563906) q[0];
ry(pi*0.028394310636) q[1];
ry(pi*-0.069742554094) q[2];
ry(pi*0.38374598229) q[3];
ry(pi*-0.18103042632) q[4];
ry(pi*-0.26607155591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.1319669577) q[0];
ry(pi*-0.359547229189) q[1];
ry(pi*-0.030830243056) q[2];
ry(pi*0.026150825909) q[3];
ry(pi*0.129622106326) q[4];
ry(pi*-0.203916473981) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.134813903869) q[0];
ry(pi*0.219504179923) q[1];
ry(pi*0.134929571225) q[2];
ry(pi*-0.221569154809) q[3];
ry(pi*0.390018448569) q[4];
ry(pi*-0.435447858122) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027321857099) q[0];
ry(pi*-0.370131480054) q[1];
ry(pi*-0.072079664587) q[2];
ry(pi*-0.381281194692) q[3];
ry(pi*0.001057187886) q[4];
ry(pi*-0.004790083109) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
