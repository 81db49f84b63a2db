// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.491922252746) q[0];
ry(pi*-0.012043052392) q[1];
ry(pi*0.000589044971) q[2];
ry(pi*-0.000429604484) q[3];
ry(pi*0.002680377006) q[4];
ry(pi*0.023587859085) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003131869704) q[0];
ry(pi*8.2354398e-05) q[1];
ry(pi*-0.002921758381) q[2];
ry(pi*-0.00753533624) q[3];
ry(pi*0.004037602295) q[4];
ry(pi*0.003904801362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000335616123) q[0];
ry(pi*-8.8509684e-05) q[1];
ry(pi*-0.002182258632) q[2];
ry(pi*0.000361476682) q[3];
ry(pi*0.000450604907) q[4];
ry(pi*-0.000302464378) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030348562938) q[0];
ry(pi*0.008461174311) q[1];
ry(pi*-0.007112650695) q[2];
ry(pi*0.010964505046) q[3];
ry(pi*0.005243579507) q[4];
ry(pi*0.012293710848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007736512584) q[0];
ry(pi*0.014156757595) q[1];
ry(pi*0.036889114142) q[2];
ry(pi*0.358996526214) q[3];
ry(pi*1.000136783393) q[4];
ry(pi*-0.002110348954) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
