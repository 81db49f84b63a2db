// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.101021789596) q[0];
rx(pi*-0.001086014159) q[1];
rx(pi*0.000275391749) q[2];
rx(pi*-0.001558435725) q[3];
rx(pi*0.00091179342) q[4];
rx(pi*0.003753949341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097451232317) q[0];
rx(pi*0.003734591802) q[1];
rx(pi*-0.006267479411) q[2];
rx(pi*-0.006845402349) q[3];
rx(pi*-0.000371386274) q[4];
rx(pi*2.1422849e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099500839277) q[0];
rx(pi*-0.00439330663) q[1];
rx(pi*-0.000178282056) q[2];
rx(pi*0.000417389999) q[3];
rx(pi*0.004003884461) q[4];
rx(pi*-0.000330531908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103943497877) q[0];
rx(pi*-0.002332316465) q[1];
rx(pi*-0.000519692241) q[2];
rx(pi*-0.001386599698) q[3];
rx(pi*0.002247286835) q[4];
rx(pi*-0.003147512438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096741385934) q[0];
rx(pi*0.002609947795) q[1];
rx(pi*0.005695916493) q[2];
rx(pi*0.001234225188) q[3];
rx(pi*0.000974704013) q[4];
rx(pi*-0.001101804377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
