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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007042805488) q[0];
rz(pi*-0.001339181465) q[1];
rz(pi*-0.002558039246) q[2];
rz(pi*0.002270030416) q[3];
rz(pi*-0.000896899146) q[4];
rz(pi*0.00299627533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003881002718) q[0];
rz(pi*0.001862017179) q[1];
rz(pi*0.000815507838) q[2];
rz(pi*-0.002541112294) q[3];
rz(pi*0.003505551903) q[4];
rz(pi*0.004234436252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004104311365) q[0];
rz(pi*-0.001502247785) q[1];
rz(pi*0.002060929837) q[2];
rz(pi*0.001244933155) q[3];
rz(pi*0.004223312589) q[4];
rz(pi*-0.00280455275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000386427772) q[0];
rz(pi*0.00030905561) q[1];
rz(pi*0.000405239548) q[2];
rz(pi*0.003932159471) q[3];
rz(pi*0.003022497149) q[4];
rz(pi*0.005148188089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000245590102) q[0];
rz(pi*-0.001263964155) q[1];
rz(pi*0.003103480248) q[2];
rz(pi*0.001763858704) q[3];
rz(pi*-0.003219036436) q[4];
rz(pi*-0.003369316902) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
