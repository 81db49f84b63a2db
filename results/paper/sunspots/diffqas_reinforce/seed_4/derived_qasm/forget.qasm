// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.14378743486) q[0];
ry(pi*0.354301757743) q[1];
ry(pi*0.303585895608) q[2];
ry(pi*-0.006519846007) q[3];
ry(pi*0.023175360719) q[4];
ry(pi*0.000131789634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001892561227) q[0];
ry(pi*0.003322140276) q[1];
ry(pi*0.033031468359) q[2];
ry(pi*4.8452692e-05) q[3];
ry(pi*-0.000210081863) q[4];
ry(pi*-0.499397743011) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.038164751576) q[0];
ry(pi*0.126795679184) q[1];
ry(pi*0.010775081133) q[2];
ry(pi*0.538698689441) q[3];
ry(pi*-0.000363252264) q[4];
ry(pi*-2.6121726e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014845945026) q[0];
ry(pi*-0.000740360341) q[1];
ry(pi*0.010606904326) q[2];
ry(pi*0.000330551103) q[3];
ry(pi*-0.000262464878) q[4];
ry(pi*-0.460445401847) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001088941743) q[0];
ry(pi*-0.000226916953) q[1];
ry(pi*0.18523182746) q[2];
ry(pi*-0.499068186384) q[3];
ry(pi*0.023293679517) q[4];
ry(pi*-0.005810626318) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
