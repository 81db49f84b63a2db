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
ry(pi*-0.062981843126) q[0];
ry(pi*-0.028025515994) q[1];
ry(pi*-0.008356734078) q[2];
ry(pi*-0.081155558295) q[3];
ry(pi*0.055930550298) q[4];
ry(pi*-0.04122336009) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042755898014) q[0];
ry(pi*0.272640490345) q[1];
ry(pi*-0.430187474097) q[2];
ry(pi*0.039774499097) q[3];
ry(pi*-0.008563126742) q[4];
ry(pi*-0.002736414498) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042491825826) q[0];
ry(pi*-0.147543792258) q[1];
ry(pi*-0.116590854813) q[2];
ry(pi*-0.024735658145) q[3];
ry(pi*-0.082183653547) q[4];
ry(pi*0.028946875311) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024094670979) q[0];
ry(pi*-0.214687587438) q[1];
ry(pi*-0.250979588893) q[2];
ry(pi*0.458924887902) q[3];
ry(pi*0.504555029126) q[4];
ry(pi*0.219404838616) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.115208244284) q[0];
ry(pi*-0.034757798671) q[1];
ry(pi*0.020372488243) q[2];
ry(pi*-0.011737911319) q[3];
ry(pi*0.140056462998) q[4];
ry(pi*0.000199808583) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
