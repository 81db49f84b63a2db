// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.030544940363) q[0];
rz(pi*0.014470702022) q[1];
rz(pi*0.030069495164) q[2];
rz(pi*0.015474888055) q[3];
rz(pi*0.067178349298) q[4];
rz(pi*-0.010051894538) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.014302371062) q[0];
rz(pi*-3.8279063e-05) q[1];
rz(pi*-4.8900516e-05) q[2];
rz(pi*-0.003963717672) q[3];
rz(pi*-0.012846871979) q[4];
rz(pi*0.007939755179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.018168486991) q[0];
rz(pi*0.022908618116) q[1];
rz(pi*-0.007518187247) q[2];
rz(pi*-0.002004667192) q[3];
rz(pi*0.011101551132) q[4];
rz(pi*-0.000126513385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.030968442922) q[0];
rz(pi*0.001665863276) q[1];
rz(pi*0.035782898601) q[2];
rz(pi*0.001745553264) q[3];
rz(pi*-0.029973006884) q[4];
rz(pi*-0.006238929576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.040093295805) q[0];
rz(pi*-0.00103248107) q[1];
rz(pi*-0.014180528076) q[2];
rz(pi*-0.012846152201) q[3];
rz(pi*0.043324976095) q[4];
rz(pi*0.00537659507) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
