// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rz(pi*-0.000371446935) q[0];
rz(pi*0.002435334186) q[1];
rz(pi*-0.002250478704) q[2];
rz(pi*-0.001358392706) q[3];
rz(pi*0.002189038869) q[4];
rz(pi*-0.000752291902) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003604498043) q[0];
rz(pi*-0.003454821147) q[1];
rz(pi*0.009447637425) q[2];
rz(pi*-0.001833267537) q[3];
rz(pi*0.007183257775) q[4];
rz(pi*-0.002413487809) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001145450368) q[0];
rz(pi*-0.001537709777) q[1];
rz(pi*-0.003883616806) q[2];
rz(pi*-0.001128959567) q[3];
rz(pi*0.006728851574) q[4];
rz(pi*-0.002594467811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003407260322) q[0];
rz(pi*0.001204451833) q[1];
rz(pi*-0.00340820481) q[2];
rz(pi*-0.002769495559) q[3];
rz(pi*-0.004845286097) q[4];
rz(pi*0.003046866162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002097609346) q[0];
rz(pi*-0.0079271134) q[1];
rz(pi*0.00208181735) q[2];
rz(pi*-0.000933259602) q[3];
rz(pi*-0.000429981382) q[4];
rz(pi*-0.002594374726) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
