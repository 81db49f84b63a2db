// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.017610856592) q[0];
rx(pi*-0.110689846475) q[1];
rx(pi*0.006456743834) q[2];
rx(pi*-0.003514184503) q[3];
rx(pi*0.002078191332) q[4];
rx(pi*-0.001069523136) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.469396706264) q[0];
rx(pi*-0.094484425814) q[1];
rx(pi*0.003589334074) q[2];
rx(pi*0.003597715879) q[3];
rx(pi*-0.00022550478) q[4];
rx(pi*0.001635167446) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005033660877) q[0];
rx(pi*-0.091099384061) q[1];
rx(pi*0.00325105443) q[2];
rx(pi*-9.5679733e-05) q[3];
rx(pi*-0.000951326994) q[4];
rx(pi*-0.000575401008) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0289627389) q[0];
rx(pi*-0.102674401298) q[1];
rx(pi*0.009008607451) q[2];
rx(pi*0.000136418892) q[3];
rx(pi*0.003603300388) q[4];
rx(pi*0.000815893073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010933695676) q[0];
rx(pi*-0.100956172348) q[1];
rx(pi*0.003205969252) q[2];
rx(pi*0.002247629975) q[3];
rx(pi*0.005197752021) q[4];
rx(pi*-0.005922534106) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
