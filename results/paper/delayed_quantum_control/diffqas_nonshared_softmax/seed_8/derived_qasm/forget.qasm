// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
ry(pi*0.499610693131) q[0];
ry(pi*0.501719969383) q[1];
ry(pi*0.002806441428) q[2];
ry(pi*0.138692863163) q[3];
ry(pi*0.063754996824) q[4];
ry(pi*-0.088902984952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016825591166) q[0];
ry(pi*0.00199437996) q[1];
ry(pi*0.003045849341) q[2];
ry(pi*0.488697492766) q[3];
ry(pi*0.001567394864) q[4];
ry(pi*-0.014085338243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000533435921) q[0];
ry(pi*-6.4848847e-05) q[1];
ry(pi*-0.362605332553) q[2];
ry(pi*0.139583605208) q[3];
ry(pi*0.507264565169) q[4];
ry(pi*0.004900026328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021092684259) q[0];
ry(pi*0.002028855221) q[1];
ry(pi*0.000662162087) q[2];
ry(pi*0.499649018081) q[3];
ry(pi*-0.555888871598) q[4];
ry(pi*-0.009828224222) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.009706995479) q[0];
ry(pi*0.000532075405) q[1];
ry(pi*0.430116553966) q[2];
ry(pi*0.495299060327) q[3];
ry(pi*-0.139171659423) q[4];
ry(pi*-8.6143991e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
