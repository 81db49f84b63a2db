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
rz(pi*0.007253378086) q[0];
rz(pi*0.000909832928) q[1];
rz(pi*0.005757308747) q[2];
rz(pi*0.002924238475) q[3];
rz(pi*0.003406126404) q[4];
rz(pi*0.002536808445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004865198292) q[0];
rz(pi*0.003960475111) q[1];
rz(pi*-0.003294662401) q[2];
rz(pi*0.001346450844) q[3];
rz(pi*-0.000388836162) q[4];
rz(pi*0.005153785643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003796418355) q[0];
rz(pi*0.005843716569) q[1];
rz(pi*0.001528157295) q[2];
rz(pi*-1.4184278e-05) q[3];
rz(pi*0.002438566075) q[4];
rz(pi*0.007664018308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001639384732) q[0];
rz(pi*0.000113460023) q[1];
rz(pi*-0.003970301216) q[2];
rz(pi*-0.002420123379) q[3];
rz(pi*-0.000293492324) q[4];
rz(pi*0.002145091612) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0019737385) q[0];
rz(pi*-0.000335705984) q[1];
rz(pi*0.00040929023) q[2];
rz(pi*0.004899934725) q[3];
rz(pi*0.005899830842) q[4];
rz(pi*0.003826199639) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
