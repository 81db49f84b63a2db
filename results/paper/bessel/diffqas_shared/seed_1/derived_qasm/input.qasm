// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*0.04786174901) q[0];
rz(pi*0.002624967985) q[1];
rz(pi*0.008665763378) q[2];
rz(pi*0.012852108458) q[3];
rz(pi*-0.030209468981) q[4];
rz(pi*-0.000204741035) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.033757280308) q[0];
rz(pi*-0.008520707829) q[1];
rz(pi*-0.000469276573) q[2];
rz(pi*-0.001955046786) q[3];
rz(pi*-0.00892978102) q[4];
rz(pi*-0.000266398889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.034921154029) q[0];
rz(pi*0.013749952239) q[1];
rz(pi*0.001224422429) q[2];
rz(pi*0.001120358242) q[3];
rz(pi*0.01575975319) q[4];
rz(pi*0.00013071785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.052750988146) q[0];
rz(pi*-0.012823227192) q[1];
rz(pi*-0.011547121368) q[2];
rz(pi*-0.002437028986) q[3];
rz(pi*0.000138843068) q[4];
rz(pi*-0.000319049801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.069903931543) q[0];
rz(pi*0.042303397982) q[1];
rz(pi*0.048694197288) q[2];
rz(pi*0.013192659792) q[3];
rz(pi*0.04866032619) q[4];
rz(pi*-0.000999176116) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
