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
rz(pi*-0.006495980069) q[0];
rz(pi*0.024963848125) q[1];
rz(pi*-0.041649222385) q[2];
rz(pi*0.002613129584) q[3];
rz(pi*-0.010141685438) q[4];
rz(pi*-0.001169243601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003040722252) q[0];
rz(pi*-0.00127979128) q[1];
rz(pi*0.024771872377) q[2];
rz(pi*-0.031226593242) q[3];
rz(pi*0.001184177377) q[4];
rz(pi*-0.003050256355) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005476815645) q[0];
rz(pi*0.007588031268) q[1];
rz(pi*0.015204155246) q[2];
rz(pi*-0.011916868204) q[3];
rz(pi*-0.024914158499) q[4];
rz(pi*0.00833356776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.014425244505) q[0];
rz(pi*0.033052893334) q[1];
rz(pi*-0.005758716288) q[2];
rz(pi*-0.008784234551) q[3];
rz(pi*-0.003951649819) q[4];
rz(pi*0.000961283314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.017742200181) q[0];
rz(pi*0.019569724015) q[1];
rz(pi*-0.035989865191) q[2];
rz(pi*0.008894395067) q[3];
rz(pi*0.012521001994) q[4];
rz(pi*0.001490975453) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
