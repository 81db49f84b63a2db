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
rx(pi*0.00162201948) q[0];
rx(pi*0.002372703071) q[1];
rx(pi*-0.00342349299) q[2];
rx(pi*-0.001569573766) q[3];
rx(pi*-0.001988162976) q[4];
rx(pi*-0.001189923452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00134314084) q[0];
rx(pi*-0.00349561374) q[1];
rx(pi*-0.006335178325) q[2];
rx(pi*0.006368050982) q[3];
rx(pi*-0.001455033064) q[4];
rx(pi*0.001247204993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001530531853) q[0];
rx(pi*0.000330497705) q[1];
rx(pi*0.000457220133) q[2];
rx(pi*-0.000809208367) q[3];
rx(pi*0.007834205041) q[4];
rx(pi*0.001739145366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001327259168) q[0];
rx(pi*0.000127427486) q[1];
rx(pi*-0.000516745721) q[2];
rx(pi*-0.001083874686) q[3];
rx(pi*0.003180274816) q[4];
rx(pi*0.003133040975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000108242972) q[0];
rx(pi*0.000662207295) q[1];
rx(pi*-0.004571090465) q[2];
rx(pi*0.001241852974) q[3];
rx(pi*-0.000783432925) q[4];
rx(pi*-0.003096160325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
