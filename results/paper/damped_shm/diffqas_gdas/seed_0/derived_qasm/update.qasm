// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.310758182392) q[0];
ry(pi*-0.017152237848) q[1];
ry(pi*0.035354916102) q[2];
ry(pi*-0.016548017495) q[3];
ry(pi*-0.040804854478) q[4];
ry(pi*-0.003128511824) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014130774417) q[0];
ry(pi*-0.041235346123) q[1];
ry(pi*-0.183957295188) q[2];
ry(pi*0.011977447002) q[3];
ry(pi*-0.009819232919) q[4];
ry(pi*0.040876016511) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004340566245) q[0];
ry(pi*0.228983590772) q[1];
ry(pi*0.388632413459) q[2];
ry(pi*-0.02417353832) q[3];
ry(pi*-0.08579134998) q[4];
ry(pi*0.022312494384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.029798588043) q[0];
ry(pi*0.352880433322) q[1];
ry(pi*0.120835675087) q[2];
ry(pi*-0.490610476971) q[3];
ry(pi*0.491879412282) q[4];
ry(pi*-0.007667914243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027646933787) q[0];
ry(pi*-0.010869445651) q[1];
ry(pi*0.038546694332) q[2];
ry(pi*-0.03300487331) q[3];
ry(pi*0.024379212391) q[4];
ry(pi*-0.003758603593) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
