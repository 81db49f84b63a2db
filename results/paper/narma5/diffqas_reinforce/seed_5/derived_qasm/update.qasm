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
rx(pi*-0.092306012869) q[0];
rx(pi*0.064217187188) q[1];
rx(pi*-0.001881687323) q[2];
rx(pi*-0.000223193903) q[3];
rx(pi*0.00429873015) q[4];
rx(pi*-0.001261801113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.112821102656) q[0];
rx(pi*0.061519006333) q[1];
rx(pi*0.001988619508) q[2];
rx(pi*-0.001161209829) q[3];
rx(pi*-0.000483988383) q[4];
rx(pi*0.000771975535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.094412424237) q[0];
rx(pi*0.058789961562) q[1];
rx(pi*0.002901534914) q[2];
rx(pi*-0.004132878987) q[3];
rx(pi*-0.00382290935) q[4];
rx(pi*-0.004081929452) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.110366190372) q[0];
rx(pi*0.060438783457) q[1];
rx(pi*-0.003040910498) q[2];
rx(pi*-0.003615781195) q[3];
rx(pi*0.001340734562) q[4];
rx(pi*-0.003357464864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.099045313092) q[0];
rx(pi*0.063497536638) q[1];
rx(pi*-0.003759370804) q[2];
rx(pi*-0.001026479382) q[3];
rx(pi*-2.1459553e-05) q[4];
rx(pi*-0.001417532688) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
