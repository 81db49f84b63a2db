// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.316916735344) q[0];
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
rx(pi*-0.004251628229) q[0];
rx(pi*0.001604667123) q[1];
rx(pi*-0.002066146453) q[2];
rx(pi*0.00358408722) q[3];
rx(pi*-0.006473537087) q[4];
rx(pi*-0.002910454181) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.9924966e-05) q[0];
rx(pi*0.004983405032) q[1];
rx(pi*-0.005371140405) q[2];
rx(pi*-0.000410699771) q[3];
rx(pi*0.001043913336) q[4];
rx(pi*-0.001938589558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004263091622) q[0];
rx(pi*-0.0023749131) q[1];
rx(pi*0.002131210824) q[2];
rx(pi*-0.002164059765) q[3];
rx(pi*0.004475140834) q[4];
rx(pi*-6.8587956e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001923028199) q[0];
rx(pi*-0.004228188289) q[1];
rx(pi*0.006851609402) q[2];
rx(pi*0.003569064658) q[3];
rx(pi*0.002398945939) q[4];
rx(pi*0.003621858996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002076613185) q[0];
rx(pi*-0.000625467384) q[1];
rx(pi*-0.001545273974) q[2];
rx(pi*-0.001374305209) q[3];
rx(pi*0.00436058694) q[4];
rx(pi*-0.004648738807) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
