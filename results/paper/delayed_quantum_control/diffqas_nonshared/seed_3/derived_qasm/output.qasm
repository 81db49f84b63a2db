// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007832051041) q[0];
ry(pi*0.101594434554) q[1];
ry(pi*-0.029690711371) q[2];
ry(pi*-4.7480357e-05) q[3];
ry(pi*2.9388434e-05) q[4];
ry(pi*0.008609385265) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005074101881) q[0];
ry(pi*-0.501174616724) q[1];
ry(pi*-0.503225343076) q[2];
ry(pi*-0.000334548054) q[3];
ry(pi*-0.001562251767) q[4];
ry(pi*1.9702307e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.498404443778) q[0];
ry(pi*-0.00555908978) q[1];
ry(pi*0.000135387332) q[2];
ry(pi*-0.000111522043) q[3];
ry(pi*0.000267008388) q[4];
ry(pi*-0.500051619787) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000159029312) q[0];
ry(pi*-0.002445636388) q[1];
ry(pi*-0.043658588147) q[2];
ry(pi*5.37476e-07) q[3];
ry(pi*0.499999292949) q[4];
ry(pi*0.009618350059) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000261472533) q[0];
ry(pi*0.005811866069) q[1];
ry(pi*0.370220272513) q[2];
ry(pi*0.010191786536) q[3];
ry(pi*0.00339592796) q[4];
ry(pi*-0.004145099808) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
