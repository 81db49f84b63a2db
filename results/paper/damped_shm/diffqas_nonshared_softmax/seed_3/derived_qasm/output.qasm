// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.00281059972) q[0];
rz(pi*-0.003110918454) q[1];
rz(pi*0.002912967181) q[2];
rz(pi*-0.004105366428) q[3];
rz(pi*0.005909932644) q[4];
rz(pi*0.004392285659) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001739031974) q[0];
rz(pi*-0.000435309241) q[1];
rz(pi*-0.001528290994) q[2];
rz(pi*0.004986484547) q[3];
rz(pi*-0.002348288109) q[4];
rz(pi*0.003637106267) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.009408471152) q[0];
rz(pi*0.005414335422) q[1];
rz(pi*-0.001765916506) q[2];
rz(pi*0.001346643536) q[3];
rz(pi*-0.002061728027) q[4];
rz(pi*0.000788432022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000537132902) q[0];
rz(pi*-0.003584624979) q[1];
rz(pi*-0.002137678752) q[2];
rz(pi*0.003134000284) q[3];
rz(pi*0.000304254338) q[4];
rz(pi*-0.006996500126) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00320823946) q[0];
rz(pi*-0.001761356969) q[1];
rz(pi*-0.007847485371) q[2];
rz(pi*-0.000423330026) q[3];
rz(pi*0.000632948502) q[4];
rz(pi*-0.002314249962) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
