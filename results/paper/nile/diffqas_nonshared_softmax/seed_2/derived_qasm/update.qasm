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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00928503327) q[0];
ry(pi*0.002805446841) q[1];
ry(pi*-0.009459446182) q[2];
ry(pi*-0.008123945578) q[3];
ry(pi*0.103978426706) q[4];
ry(pi*0.015894113445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007646316142) q[0];
ry(pi*-0.008525117214) q[1];
ry(pi*0.265033993257) q[2];
ry(pi*-0.009471952187) q[3];
ry(pi*-0.001123950465) q[4];
ry(pi*0.009962796143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078504192695) q[0];
ry(pi*-0.123487543464) q[1];
ry(pi*0.245003514879) q[2];
ry(pi*-0.010565382468) q[3];
ry(pi*-0.004367233627) q[4];
ry(pi*-0.003111143756) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.133514384489) q[0];
ry(pi*0.316842382095) q[1];
ry(pi*0.043885691937) q[2];
ry(pi*-0.487513479474) q[3];
ry(pi*0.508141902968) q[4];
ry(pi*-0.2139251486) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.102699416866) q[0];
ry(pi*-0.003620724782) q[1];
ry(pi*-0.016735159935) q[2];
ry(pi*0.005302697403) q[3];
ry(pi*-0.003729083777) q[4];
ry(pi*0.000158073763) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
