// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.000546198429) q[0];
rx(pi*0.120071623565) q[1];
rx(pi*0.011026321816) q[2];
rx(pi*-0.201974784009) q[3];
rx(pi*0.113014833382) q[4];
rx(pi*0.003342967906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.491257789177) q[0];
rx(pi*0.243546768338) q[1];
rx(pi*-0.303156466437) q[2];
rx(pi*-0.069930796953) q[3];
rx(pi*0.080191505552) q[4];
rx(pi*0.004981915672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01767474732) q[0];
rx(pi*-0.024015858185) q[1];
rx(pi*0.020553879569) q[2];
rx(pi*-0.07260094083) q[3];
rx(pi*0.107271365255) q[4];
rx(pi*0.002992354493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008682096542) q[0];
rx(pi*0.288296668933) q[1];
rx(pi*-0.043789969682) q[2];
rx(pi*0.037999574835) q[3];
rx(pi*0.079685065998) q[4];
rx(pi*0.002616598336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01701521785) q[0];
rx(pi*-0.130273146677) q[1];
rx(pi*0.007383263145) q[2];
rx(pi*-0.192095522503) q[3];
rx(pi*0.11518204292) q[4];
rx(pi*0.00363613006) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
