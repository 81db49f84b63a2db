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
rx(pi*-0.155247847214) q[0];
rx(pi*-0.010876839094) q[1];
rx(pi*0.00654243247) q[2];
rx(pi*-0.003262643814) q[3];
rx(pi*-0.000853561685) q[4];
rx(pi*0.001820208506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.276612985284) q[0];
rx(pi*0.006296017388) q[1];
rx(pi*-0.003510759329) q[2];
rx(pi*0.001977291444) q[3];
rx(pi*-0.006469146082) q[4];
rx(pi*0.002275202565) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.138583513731) q[0];
rx(pi*-0.000566048) q[1];
rx(pi*0.000945080958) q[2];
rx(pi*0.00116778937) q[3];
rx(pi*0.002833177883) q[4];
rx(pi*0.003064895608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.281537817294) q[0];
rx(pi*0.005480801108) q[1];
rx(pi*-0.003131654778) q[2];
rx(pi*0.00072740818) q[3];
rx(pi*-0.000632204488) q[4];
rx(pi*0.001529113047) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.148275684973) q[0];
rx(pi*-0.00037253168) q[1];
rx(pi*-0.001418166941) q[2];
rx(pi*-0.002751796653) q[3];
rx(pi*0.003482182517) q[4];
rx(pi*0.001822469376) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
