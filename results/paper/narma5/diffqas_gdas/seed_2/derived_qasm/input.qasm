// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09442784908) q[0];
ry(pi*0.026827118987) q[1];
ry(pi*0.040770637128) q[2];
ry(pi*0.067407663413) q[3];
ry(pi*-0.044719283323) q[4];
ry(pi*0.001611905671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.105454857472) q[0];
ry(pi*0.006968556826) q[1];
ry(pi*-0.003614176812) q[2];
ry(pi*0.00068345618) q[3];
ry(pi*0.001015709235) q[4];
ry(pi*0.002919299928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.103338921786) q[0];
ry(pi*0.025687999959) q[1];
ry(pi*0.012397828544) q[2];
ry(pi*-0.000267650997) q[3];
ry(pi*-0.003477036752) q[4];
ry(pi*0.000960708054) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101480332449) q[0];
ry(pi*0.010922219535) q[1];
ry(pi*0.006198340346) q[2];
ry(pi*-0.00528862081) q[3];
ry(pi*-0.03778390924) q[4];
ry(pi*-0.002832386364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.098645291679) q[0];
ry(pi*0.031475733878) q[1];
ry(pi*0.048903011349) q[2];
ry(pi*0.067313904837) q[3];
ry(pi*-0.00650711055) q[4];
ry(pi*-0.000299594045) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
