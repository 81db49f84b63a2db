// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.01616457115) q[0];
rx(pi*0.094903002574) q[1];
rx(pi*0.063896993611) q[2];
rx(pi*-0.117650236126) q[3];
rx(pi*-0.098075521093) q[4];
rx(pi*0.006137224383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.27768060077) q[0];
rx(pi*0.12751556215) q[1];
rx(pi*-0.213159029048) q[2];
rx(pi*-0.12791208309) q[3];
rx(pi*-0.103085891736) q[4];
rx(pi*-0.005299300096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.073350667928) q[0];
rx(pi*0.035456987113) q[1];
rx(pi*0.015329517676) q[2];
rx(pi*-0.123725205588) q[3];
rx(pi*-0.104607515588) q[4];
rx(pi*-0.000174007703) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.22113242113) q[0];
rx(pi*0.121044972953) q[1];
rx(pi*-0.210317044252) q[2];
rx(pi*-0.132506618536) q[3];
rx(pi*-0.095831709087) q[4];
rx(pi*0.000664519673) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088699559151) q[0];
rx(pi*0.120637703951) q[1];
rx(pi*0.059278362776) q[2];
rx(pi*-0.11393272543) q[3];
rx(pi*-0.093714435822) q[4];
rx(pi*-0.00339579515) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
