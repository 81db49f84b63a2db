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
rx(pi*0.001613487228) q[0];
rx(pi*0.002362576071) q[1];
rx(pi*-0.003313071006) q[2];
rx(pi*-0.001569535227) q[3];
rx(pi*-0.001988140742) q[4];
rx(pi*-0.001189897142) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001344627385) q[0];
rx(pi*-0.003479601631) q[1];
rx(pi*-0.006224705351) q[2];
rx(pi*0.006368070547) q[3];
rx(pi*-0.001454995267) q[4];
rx(pi*0.00124722278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001526760278) q[0];
rx(pi*0.000320420731) q[1];
rx(pi*0.000567628259) q[2];
rx(pi*-0.000809189913) q[3];
rx(pi*0.007834205041) q[4];
rx(pi*0.001739141364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001315966826) q[0];
rx(pi*0.000143414444) q[1];
rx(pi*-0.000406331111) q[2];
rx(pi*-0.001083861049) q[3];
rx(pi*0.003180283709) q[4];
rx(pi*0.003133045421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000116792446) q[0];
rx(pi*0.000652117128) q[1];
rx(pi*-0.004460708798) q[2];
rx(pi*0.001241855123) q[3];
rx(pi*-0.000783425144) q[4];
rx(pi*-0.003096160325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
