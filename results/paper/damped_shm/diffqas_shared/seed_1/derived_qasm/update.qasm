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
ry(pi*0.185856429287) q[0];
ry(pi*0.338054597036) q[1];
ry(pi*0.053967444837) q[2];
ry(pi*-0.008917222247) q[3];
ry(pi*-0.153438264484) q[4];
ry(pi*0.067270637486) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.10314288587) q[0];
ry(pi*0.242340177476) q[1];
ry(pi*-0.185260836792) q[2];
ry(pi*-0.358086517344) q[3];
ry(pi*0.192841815533) q[4];
ry(pi*0.299516222255) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.097045575998) q[0];
ry(pi*0.288911442876) q[1];
ry(pi*0.26843091195) q[2];
ry(pi*-0.075679207482) q[3];
ry(pi*0.072964325866) q[4];
ry(pi*-0.215923415305) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08399723004) q[0];
ry(pi*0.267904399229) q[1];
ry(pi*-0.161942988366) q[2];
ry(pi*0.2058596628) q[3];
ry(pi*-0.069511698443) q[4];
ry(pi*-0.322108002599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.101810259045) q[0];
ry(pi*0.084402506903) q[1];
ry(pi*-0.19017957855) q[2];
ry(pi*-0.015234980032) q[3];
ry(pi*0.089970088173) q[4];
ry(pi*0.001492144352) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
