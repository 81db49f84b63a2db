// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012613104012) q[0];
ry(pi*0.022791987893) q[1];
ry(pi*-0.501490626809) q[2];
ry(pi*-0.308816416529) q[3];
ry(pi*-0.506307579776) q[4];
ry(pi*0.689874226089) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.50459745219) q[0];
ry(pi*-0.080454240162) q[1];
ry(pi*-0.043680601278) q[2];
ry(pi*0.020284679995) q[3];
ry(pi*-0.028152856334) q[4];
ry(pi*0.513549667298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005115342113) q[0];
ry(pi*0.50478513061) q[1];
ry(pi*-0.002489583497) q[2];
ry(pi*0.496746718921) q[3];
ry(pi*0.022043695609) q[4];
ry(pi*-0.002323752493) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0159160661) q[0];
ry(pi*-0.004776542793) q[1];
ry(pi*0.003425086108) q[2];
ry(pi*-0.071965386984) q[3];
ry(pi*-0.069677928172) q[4];
ry(pi*-0.236829182426) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001793246156) q[0];
ry(pi*0.371522068624) q[1];
ry(pi*0.005832947163) q[2];
ry(pi*-0.011145382922) q[3];
ry(pi*0.001009119169) q[4];
ry(pi*-0.00674198783) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
