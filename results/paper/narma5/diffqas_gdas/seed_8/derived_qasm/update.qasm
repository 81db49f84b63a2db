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
rx(pi*0.003149177889) q[0];
rx(pi*-0.000492010224) q[1];
rx(pi*-0.001663291135) q[2];
rx(pi*-0.001571324891) q[3];
rx(pi*-0.007736931763) q[4];
rx(pi*0.00450661425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004335542024) q[0];
rx(pi*-0.000674176801) q[1];
rx(pi*-0.000587486871) q[2];
rx(pi*0.003725429151) q[3];
rx(pi*0.000819014461) q[4];
rx(pi*0.000962508316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003160360249) q[0];
rx(pi*0.003025866591) q[1];
rx(pi*-0.007233921533) q[2];
rx(pi*-0.0005909763) q[3];
rx(pi*-0.001799085612) q[4];
rx(pi*-0.004265526953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007251907105) q[0];
rx(pi*0.003887070143) q[1];
rx(pi*-0.001154097642) q[2];
rx(pi*0.000362737517) q[3];
rx(pi*-0.000307930048) q[4];
rx(pi*-0.002139985719) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004968924972) q[0];
rx(pi*-0.0018601411) q[1];
rx(pi*-0.000294203376) q[2];
rx(pi*0.005838443331) q[3];
rx(pi*-0.00064799189) q[4];
rx(pi*-0.003877407085) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
