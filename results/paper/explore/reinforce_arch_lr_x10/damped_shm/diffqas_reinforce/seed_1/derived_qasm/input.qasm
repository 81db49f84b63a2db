// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004340914869) q[0];
rz(pi*0.000707463968) q[1];
rz(pi*-0.003329982246) q[2];
rz(pi*0.00107652445) q[3];
rz(pi*-0.001302514555) q[4];
rz(pi*-0.002384747801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004235320559) q[0];
rz(pi*-0.000292653874) q[1];
rz(pi*-0.002313636016) q[2];
rz(pi*-0.00194534267) q[3];
rz(pi*-0.002022737696) q[4];
rz(pi*0.000597787702) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000474456541) q[0];
rz(pi*-0.005453376001) q[1];
rz(pi*-0.000512076054) q[2];
rz(pi*0.001267794278) q[3];
rz(pi*0.003306813853) q[4];
rz(pi*0.002491567039) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000663920401) q[0];
rz(pi*-0.003638983384) q[1];
rz(pi*-0.002453646594) q[2];
rz(pi*0.00290752052) q[3];
rz(pi*-0.002238021612) q[4];
rz(pi*0.003263764985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004052317736) q[0];
rz(pi*-0.003383629172) q[1];
rz(pi*0.001399935168) q[2];
rz(pi*-0.000356820355) q[3];
rz(pi*0.006454831737) q[4];
rz(pi*0.002667912503) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
