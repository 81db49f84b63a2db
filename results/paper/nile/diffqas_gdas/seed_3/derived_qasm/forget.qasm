// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.0002557642) q[0];
rz(pi*-0.001801420298) q[1];
rz(pi*0.005550483267) q[2];
rz(pi*0.000663306751) q[3];
rz(pi*-0.00321676356) q[4];
rz(pi*-0.002508649034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0001829787) q[0];
rz(pi*0.007307713071) q[1];
rz(pi*-0.000567402031) q[2];
rz(pi*0.000405745624) q[3];
rz(pi*0.001636285652) q[4];
rz(pi*-0.000127720906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007259537707) q[0];
rz(pi*-0.001691896258) q[1];
rz(pi*0.002368917563) q[2];
rz(pi*0.000510693415) q[3];
rz(pi*0.001977351474) q[4];
rz(pi*-0.003745355872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005628079433) q[0];
rz(pi*-0.000386847062) q[1];
rz(pi*0.000108684468) q[2];
rz(pi*-0.002976116489) q[3];
rz(pi*-0.002322687054) q[4];
rz(pi*0.001796044933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003140077789) q[0];
rz(pi*0.002397628667) q[1];
rz(pi*0.003848254866) q[2];
rz(pi*0.002274315441) q[3];
rz(pi*9.0595065e-05) q[4];
rz(pi*0.002662747173) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
