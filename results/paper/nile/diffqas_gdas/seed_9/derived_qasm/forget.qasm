// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
rz(pi*-0.002556636449) q[0];
rz(pi*0.000772410129) q[1];
rz(pi*-0.005272898924) q[2];
rz(pi*0.00208786017) q[3];
rz(pi*0.003639353945) q[4];
rz(pi*-0.00144124877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001369091557) q[0];
rz(pi*0.00079764418) q[1];
rz(pi*-0.001256127817) q[2];
rz(pi*-0.002745841582) q[3];
rz(pi*-0.006470508562) q[4];
rz(pi*0.00448895329) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000152201031) q[0];
rz(pi*0.008028284985) q[1];
rz(pi*0.002629598818) q[2];
rz(pi*0.000884000198) q[3];
rz(pi*-0.002092987111) q[4];
rz(pi*0.004431783955) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00161248523) q[0];
rz(pi*0.004996423895) q[1];
rz(pi*-0.00126864657) q[2];
rz(pi*0.000591410487) q[3];
rz(pi*-0.004847432686) q[4];
rz(pi*0.007458270717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000299944504) q[0];
rz(pi*-0.00122592639) q[1];
rz(pi*0.002581309618) q[2];
rz(pi*-0.002837367896) q[3];
rz(pi*0.002443549683) q[4];
rz(pi*-0.003728185832) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
