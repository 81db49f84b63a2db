// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.278030856665) q[0];
ry(pi*-0.009787751201) q[1];
ry(pi*-0.035240768937) q[2];
ry(pi*-0.03049013521) q[3];
ry(pi*0.003221042211) q[4];
ry(pi*-0.012578701677) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006880285525) q[0];
ry(pi*-0.052108476045) q[1];
ry(pi*0.244309605605) q[2];
ry(pi*-0.034371442381) q[3];
ry(pi*0.015608380308) q[4];
ry(pi*0.009132187629) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.104467250064) q[0];
ry(pi*-0.224648090251) q[1];
ry(pi*0.378044330099) q[2];
ry(pi*-0.024158763292) q[3];
ry(pi*-0.031657303074) q[4];
ry(pi*-0.009007715139) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018484180469) q[0];
ry(pi*-0.395428186065) q[1];
ry(pi*-0.100586924733) q[2];
ry(pi*0.520681864666) q[3];
ry(pi*0.486080240167) q[4];
ry(pi*0.015522163399) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.104196831491) q[0];
ry(pi*-0.024283075107) q[1];
ry(pi*-0.021162921371) q[2];
ry(pi*-0.125996357324) q[3];
ry(pi*0.056648298829) q[4];
ry(pi*-0.001421873741) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
