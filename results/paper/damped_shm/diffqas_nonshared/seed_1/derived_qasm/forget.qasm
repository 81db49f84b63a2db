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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.093338917713) q[0];
rx(pi*0.03460503485) q[1];
rx(pi*-0.000771297852) q[2];
rx(pi*0.019128765342) q[3];
rx(pi*0.007884678479) q[4];
rx(pi*-0.006102758015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.109821074872) q[0];
rx(pi*0.05558859498) q[1];
rx(pi*0.009044550136) q[2];
rx(pi*0.02823040744) q[3];
rx(pi*0.009546360339) q[4];
rx(pi*0.007156891585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101756860247) q[0];
rx(pi*0.042974459325) q[1];
rx(pi*0.012770442637) q[2];
rx(pi*0.010058038151) q[3];
rx(pi*0.010994669343) q[4];
rx(pi*0.000798509145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.117941704963) q[0];
rx(pi*0.02970699236) q[1];
rx(pi*0.009541190266) q[2];
rx(pi*0.029562382077) q[3];
rx(pi*0.013292286876) q[4];
rx(pi*0.005602845679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095650490887) q[0];
rx(pi*0.037051067888) q[1];
rx(pi*0.004083466837) q[2];
rx(pi*0.015761974187) q[3];
rx(pi*0.011749092196) q[4];
rx(pi*-0.00065952065) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
