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
rx(pi*-0.08825555891) q[0];
rx(pi*-0.002175737639) q[1];
rx(pi*-0.003958209943) q[2];
rx(pi*-0.000495145915) q[3];
rx(pi*-0.000816287128) q[4];
rx(pi*-0.000752934678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.123498813276) q[0];
rx(pi*-0.007473728171) q[1];
rx(pi*-0.001748543991) q[2];
rx(pi*0.004089571615) q[3];
rx(pi*0.003705477825) q[4];
rx(pi*-0.001848151658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.081923546662) q[0];
rx(pi*-0.005983405203) q[1];
rx(pi*-0.004340969712) q[2];
rx(pi*-0.006420671305) q[3];
rx(pi*-0.003542254387) q[4];
rx(pi*0.001463201277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.124087148696) q[0];
rx(pi*0.002296669636) q[1];
rx(pi*0.002671460704) q[2];
rx(pi*-0.001127608722) q[3];
rx(pi*-0.00071073321) q[4];
rx(pi*-0.00068700816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082185332635) q[0];
rx(pi*-0.004214846593) q[1];
rx(pi*-4.5833374e-05) q[2];
rx(pi*-0.002340776532) q[3];
rx(pi*0.004134175063) q[4];
rx(pi*-0.001111271333) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
