// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.077068069531) q[0];
ry(pi*0.008454634642) q[1];
ry(pi*-0.002008506653) q[2];
ry(pi*-0.006270438566) q[3];
ry(pi*-0.215529844627) q[4];
ry(pi*-0.101449881189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006099884237) q[0];
ry(pi*-0.377026518076) q[1];
ry(pi*-0.017124641986) q[2];
ry(pi*0.276578094401) q[3];
ry(pi*0.245512041435) q[4];
ry(pi*0.074197677789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.040427187706) q[0];
ry(pi*0.001915968707) q[1];
ry(pi*0.002996314461) q[2];
ry(pi*-0.017357061703) q[3];
ry(pi*-0.004966644389) q[4];
ry(pi*-0.233126309204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009258759572) q[0];
ry(pi*-0.141122171723) q[1];
ry(pi*0.037276165309) q[2];
ry(pi*0.004410479041) q[3];
ry(pi*-0.06894464096) q[4];
ry(pi*0.005030482348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*7.8005266e-05) q[0];
ry(pi*-0.009779640352) q[1];
ry(pi*0.042109088586) q[2];
ry(pi*0.002154435838) q[3];
ry(pi*0.027872773517) q[4];
ry(pi*0.002026089351) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
