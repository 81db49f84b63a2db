// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.140742707283) q[0];
ry(pi*0.03938296799) q[1];
ry(pi*0.007337489613) q[2];
ry(pi*0.359288061455) q[3];
ry(pi*-0.071179872541) q[4];
ry(pi*0.000980405917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.152520609596) q[0];
ry(pi*0.003582008815) q[1];
ry(pi*0.033962809712) q[2];
ry(pi*0.006909044653) q[3];
ry(pi*0.025843313243) q[4];
ry(pi*0.17868446504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013019782487) q[0];
ry(pi*-0.052186999504) q[1];
ry(pi*0.048136180319) q[2];
ry(pi*0.053899887625) q[3];
ry(pi*0.296195460171) q[4];
ry(pi*0.007817525031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.258234577884) q[0];
ry(pi*-0.125574251633) q[1];
ry(pi*0.102065404556) q[2];
ry(pi*-0.150515247083) q[3];
ry(pi*0.112911877767) q[4];
ry(pi*0.048460253823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.057788783895) q[0];
ry(pi*0.639243703374) q[1];
ry(pi*0.086262670978) q[2];
ry(pi*0.151144288533) q[3];
ry(pi*0.312517544258) q[4];
ry(pi*-0.004092087283) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
