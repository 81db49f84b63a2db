// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.00177510732) q[0];
rz(pi*0.11120975668) q[1];
rz(pi*-0.023668272704) q[2];
rz(pi*-0.019821135452) q[3];
rz(pi*-0.014248390037) q[4];
rz(pi*-0.093607846925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011575110914) q[0];
rz(pi*0.067864275788) q[1];
rz(pi*-0.018699270952) q[2];
rz(pi*0.088700194738) q[3];
rz(pi*0.103215342794) q[4];
rz(pi*0.037149887444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.06827404445) q[0];
rz(pi*-0.019651266513) q[1];
rz(pi*-0.041419837122) q[2];
rz(pi*0.119036413532) q[3];
rz(pi*0.137309228105) q[4];
rz(pi*-0.167081567351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.139976663622) q[0];
rz(pi*-0.123535326329) q[1];
rz(pi*0.02086433064) q[2];
rz(pi*0.028206421144) q[3];
rz(pi*-0.050255331887) q[4];
rz(pi*-0.021162254953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.182562950015) q[0];
rz(pi*0.0936181681) q[1];
rz(pi*0.024257589964) q[2];
rz(pi*-0.053517382802) q[3];
rz(pi*-0.302726771647) q[4];
rz(pi*0.003708045667) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
