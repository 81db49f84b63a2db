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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.00297666077) q[0];
ry(pi*0.272856969396) q[1];
ry(pi*0.000876676569) q[2];
ry(pi*0.008545302439) q[3];
ry(pi*0.418700575787) q[4];
ry(pi*0.354442914985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.032152887845) q[0];
ry(pi*0.262791718044) q[1];
ry(pi*-0.148817821752) q[2];
ry(pi*-0.462289818542) q[3];
ry(pi*0.481709108826) q[4];
ry(pi*0.338760610924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.162269869836) q[0];
ry(pi*0.006948471208) q[1];
ry(pi*-0.046108814162) q[2];
ry(pi*-0.052392645117) q[3];
ry(pi*0.011599864421) q[4];
ry(pi*0.015173719401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003629062712) q[0];
ry(pi*0.065325688944) q[1];
ry(pi*-0.053283956344) q[2];
ry(pi*0.088441292623) q[3];
ry(pi*-0.17516631049) q[4];
ry(pi*-0.204469681358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019732249315) q[0];
ry(pi*0.098032500388) q[1];
ry(pi*0.363737626136) q[2];
ry(pi*0.15970014397) q[3];
ry(pi*-0.086583595005) q[4];
ry(pi*-0.00242850963) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
