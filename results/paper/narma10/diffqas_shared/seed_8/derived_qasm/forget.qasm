// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.01651969474) q[0];
ry(pi*-0.046240148265) q[1];
ry(pi*0.005694736625) q[2];
ry(pi*0.02580236531) q[3];
ry(pi*-0.003287305125) q[4];
ry(pi*-0.002896169184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023856783554) q[0];
ry(pi*0.037560391299) q[1];
ry(pi*0.004280208005) q[2];
ry(pi*0.003608629655) q[3];
ry(pi*-0.000473748398) q[4];
ry(pi*-0.017850682795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007206566388) q[0];
ry(pi*-0.0082267838) q[1];
ry(pi*-0.014549715216) q[2];
ry(pi*0.000206052044) q[3];
ry(pi*-0.017274106921) q[4];
ry(pi*0.021413755325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036478534395) q[0];
ry(pi*0.011069927119) q[1];
ry(pi*0.052362222316) q[2];
ry(pi*0.018328876671) q[3];
ry(pi*0.008112140379) q[4];
ry(pi*0.028536411773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.147583635028) q[0];
ry(pi*-0.008683637485) q[1];
ry(pi*0.089872549277) q[2];
ry(pi*0.092334870419) q[3];
ry(pi*-0.102532997409) q[4];
ry(pi*0.004941652537) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
