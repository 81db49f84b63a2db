// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.00855208816) q[0];
rx(pi*0.00037795003) q[1];
rx(pi*0.00775280306) q[2];
rx(pi*0.001596259973) q[3];
rx(pi*0.00077550165) q[4];
rx(pi*0.000346680199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004838995742) q[0];
rx(pi*0.000910895031) q[1];
rx(pi*0.000414550276) q[2];
rx(pi*0.006887195755) q[3];
rx(pi*-0.007279010268) q[4];
rx(pi*-0.002049858942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002223923823) q[0];
rx(pi*0.001923799412) q[1];
rx(pi*0.005115547849) q[2];
rx(pi*0.001280874506) q[3];
rx(pi*0.001386359277) q[4];
rx(pi*0.001211897525) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003941390602) q[0];
rx(pi*-0.000720520109) q[1];
rx(pi*0.007979861789) q[2];
rx(pi*0.007394471296) q[3];
rx(pi*-0.003234872455) q[4];
rx(pi*-0.00175054443) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01077000118) q[0];
rx(pi*-0.001637990235) q[1];
rx(pi*0.000211023571) q[2];
rx(pi*0.001059992739) q[3];
rx(pi*0.004828858959) q[4];
rx(pi*0.000200430701) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
