// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*1.7e-11) q[0];
rx(pi*-0.001016679216) q[1];
rx(pi*-0.000712433494) q[2];
rx(pi*-0.001490175485) q[3];
rx(pi*0.003110416862) q[4];
rx(pi*-0.00319369507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-6.4702e-08) q[0];
rx(pi*-0.000843778417) q[1];
rx(pi*0.000643488308) q[2];
rx(pi*1.2519e-08) q[3];
rx(pi*-0.001404868527) q[4];
rx(pi*0.001719885359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*-0.000659204191) q[1];
rx(0) q[2];
rx(pi*6.0e-12) q[3];
rx(pi*0.003705887517) q[4];
rx(pi*0.005151002578) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000233750625) q[0];
rx(pi*-0.000963876355) q[1];
rx(pi*-1.4e-11) q[2];
rx(pi*9.1e-11) q[3];
rx(pi*0.002692126176) q[4];
rx(pi*-0.000937265891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.3950703e-05) q[0];
rx(pi*0.000618695818) q[1];
rx(pi*0.000741553846) q[2];
rx(pi*0.003041340645) q[3];
rx(pi*-0.005803126154) q[4];
rx(pi*-0.0037816623) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
