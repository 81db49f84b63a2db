// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.48713554234) q[0];
ry(pi*-0.000220050893) q[1];
ry(pi*0.003605426225) q[2];
ry(pi*-0.005896061194) q[3];
ry(pi*-0.00183819971) q[4];
ry(pi*0.000655827042) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003002397598) q[0];
ry(pi*0.468471367414) q[1];
ry(pi*-0.000952016609) q[2];
ry(pi*-0.446250295586) q[3];
ry(pi*-0.000122521465) q[4];
ry(pi*0.003401610297) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.2109546e-05) q[0];
ry(pi*0.000515982402) q[1];
ry(pi*-0.001388340892) q[2];
ry(pi*-0.000220568809) q[3];
ry(pi*-0.004135366196) q[4];
ry(pi*-9.6566552e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004191839172) q[0];
ry(pi*0.451711563065) q[1];
ry(pi*0.007825962568) q[2];
ry(pi*-0.009298851359) q[3];
ry(pi*0.002774403868) q[4];
ry(pi*-0.00019837301) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001909828058) q[0];
ry(pi*-0.005925120329) q[1];
ry(pi*0.493477297093) q[2];
ry(pi*-0.004653661346) q[3];
ry(pi*0.000529734272) q[4];
ry(pi*-0.002639971575) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
