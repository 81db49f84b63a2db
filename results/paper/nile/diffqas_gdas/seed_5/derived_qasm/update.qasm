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
rz(pi*0.002003960901) q[0];
rz(pi*0.000387329237) q[1];
rz(pi*0.004314510437) q[2];
rz(pi*-0.001811491566) q[3];
rz(pi*-0.002933012185) q[4];
rz(pi*0.003713195286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002239285079) q[0];
rz(pi*-0.004782060305) q[1];
rz(pi*0.002355707195) q[2];
rz(pi*-0.002863143559) q[3];
rz(pi*-0.001501547423) q[4];
rz(pi*0.001884714959) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000749445694) q[0];
rz(pi*-0.002201331876) q[1];
rz(pi*0.002570786858) q[2];
rz(pi*-0.004140269169) q[3];
rz(pi*-0.000749208534) q[4];
rz(pi*-0.008636514516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004203482807) q[0];
rz(pi*0.000370008675) q[1];
rz(pi*-0.000510220838) q[2];
rz(pi*0.002275383992) q[3];
rz(pi*-0.001099531723) q[4];
rz(pi*-0.002731199364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002600504406) q[0];
rz(pi*-0.001255661503) q[1];
rz(pi*0.00053773714) q[2];
rz(pi*0.003159744821) q[3];
rz(pi*-0.001210681491) q[4];
rz(pi*0.002025274412) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
