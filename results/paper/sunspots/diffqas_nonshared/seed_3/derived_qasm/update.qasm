// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.012806585721) q[0];
ry(pi*0.416898733939) q[1];
ry(pi*-0.049072295691) q[2];
ry(pi*-0.014620719538) q[3];
ry(pi*-0.490348994562) q[4];
ry(pi*-0.071659176323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.142590946986) q[0];
ry(pi*0.291202667779) q[1];
ry(pi*-0.506793054444) q[2];
ry(pi*0.151239408404) q[3];
ry(pi*0.159160862589) q[4];
ry(pi*0.06859528627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.091430790532) q[0];
ry(pi*0.171016192686) q[1];
ry(pi*0.462985283581) q[2];
ry(pi*0.029850855591) q[3];
ry(pi*-0.024085685012) q[4];
ry(pi*0.017820143786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.03662226956) q[0];
ry(pi*0.066626536417) q[1];
ry(pi*0.368242477403) q[2];
ry(pi*0.161344625849) q[3];
ry(pi*0.144940902029) q[4];
ry(pi*-0.288570047254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.202028761476) q[0];
ry(pi*-0.001089365369) q[1];
ry(pi*-0.018331561315) q[2];
ry(pi*-0.010550570681) q[3];
ry(pi*-0.023688974344) q[4];
ry(pi*0.00206277716) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
