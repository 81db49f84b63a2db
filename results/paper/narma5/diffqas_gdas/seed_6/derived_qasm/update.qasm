// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.001616278) q[0];
rx(pi*0.002365990128) q[1];
rx(pi*-0.00335444464) q[2];
rx(pi*-0.001569577027) q[3];
rx(pi*-0.001988173055) q[4];
rx(pi*-0.001189942202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001343662591) q[0];
rx(pi*-0.003484939198) q[1];
rx(pi*-0.006266104479) q[2];
rx(pi*0.006368087148) q[3];
rx(pi*-0.001455026987) q[4];
rx(pi*0.001247210033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001528563282) q[0];
rx(pi*0.000323778388) q[1];
rx(pi*0.000526300538) q[2];
rx(pi*-0.000809187096) q[3];
rx(pi*0.007834208598) q[4];
rx(pi*0.001739148775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001320220131) q[0];
rx(pi*0.000138074811) q[1];
rx(pi*-0.000447677286) q[2];
rx(pi*-0.001083846819) q[3];
rx(pi*0.003180297049) q[4];
rx(pi*0.003133052536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000114038127) q[0];
rx(pi*0.000655509989) q[1];
rx(pi*-0.00450203085) q[2];
rx(pi*0.001241854456) q[3];
rx(pi*-0.000783425366) q[4];
rx(pi*-0.003096160325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
