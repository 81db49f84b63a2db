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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013723874198) q[0];
ry(pi*-0.016437755001) q[1];
ry(pi*0.049270224138) q[2];
ry(pi*-0.002008374585) q[3];
ry(pi*-0.135528825461) q[4];
ry(pi*-0.472286217792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024467774806) q[0];
ry(pi*0.430813005588) q[1];
ry(pi*0.040950223671) q[2];
ry(pi*0.32167299544) q[3];
ry(pi*0.343709728051) q[4];
ry(pi*-0.22663023012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017736012693) q[0];
ry(pi*-0.014873030995) q[1];
ry(pi*-0.087800544988) q[2];
ry(pi*0.036146511311) q[3];
ry(pi*-0.017732343838) q[4];
ry(pi*-0.052831584378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009848397589) q[0];
ry(pi*-0.009390776101) q[1];
ry(pi*0.173500579133) q[2];
ry(pi*0.030839931016) q[3];
ry(pi*0.195460320334) q[4];
ry(pi*-0.030941703206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052778669385) q[0];
ry(pi*-0.016301878111) q[1];
ry(pi*0.083593575346) q[2];
ry(pi*0.005704725777) q[3];
ry(pi*0.003405567598) q[4];
ry(pi*-0.006335431492) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
