// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.123140702664) q[0];
rx(pi*0.000366679588) q[1];
rx(pi*-0.222068517529) q[2];
rx(pi*0.246934504221) q[3];
rx(pi*-0.142487479106) q[4];
rx(pi*0.004333573601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.467837298186) q[0];
rx(pi*-0.498817214877) q[1];
rx(pi*-0.501204403937) q[2];
rx(pi*8.17566e-06) q[3];
rx(pi*-0.100847505936) q[4];
rx(pi*-0.004200055854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.498944142559) q[0];
rx(pi*-0.001236742635) q[1];
rx(pi*-0.052530373035) q[2];
rx(pi*3.648102e-06) q[3];
rx(pi*-0.144531934966) q[4];
rx(pi*-0.001527695724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.035679862351) q[0];
rx(pi*0.184983531111) q[1];
rx(pi*0.000153853318) q[2];
rx(pi*-2.020942e-05) q[3];
rx(pi*-0.101986288198) q[4];
rx(pi*0.004239413633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.489302381908) q[0];
rx(pi*0.232267450861) q[1];
rx(pi*-0.221789580192) q[2];
rx(pi*0.253062872481) q[3];
rx(pi*-0.13900871198) q[4];
rx(pi*8.514343e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
