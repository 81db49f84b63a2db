// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002050437908) q[0];
rz(pi*0.003802111068) q[1];
rz(pi*-0.00568535223) q[2];
rz(pi*0.001634559725) q[3];
rz(pi*0.001581528079) q[4];
rz(pi*-0.004956413631) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*2.6667647e-05) q[0];
rz(pi*0.001885394272) q[1];
rz(pi*-0.001105691419) q[2];
rz(pi*-0.003281582174) q[3];
rz(pi*0.002456863808) q[4];
rz(pi*-0.00321935838) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002212194515) q[0];
rz(pi*0.000456686488) q[1];
rz(pi*-0.000703247868) q[2];
rz(pi*3.8776442e-05) q[3];
rz(pi*0.007067017086) q[4];
rz(pi*0.000757762279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00463155098) q[0];
rz(pi*0.001024540752) q[1];
rz(pi*-0.004895884637) q[2];
rz(pi*0.000716533979) q[3];
rz(pi*0.000678511704) q[4];
rz(pi*0.002093388355) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001990500774) q[0];
rz(pi*-0.001117504918) q[1];
rz(pi*0.00300418578) q[2];
rz(pi*0.001133286094) q[3];
rz(pi*0.00059279861) q[4];
rz(pi*-0.000312110667) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
