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
rx(pi*0.001560006165) q[0];
rx(pi*0.002370799719) q[1];
rx(pi*-0.003371083443) q[2];
rx(pi*-0.001565961236) q[3];
rx(pi*-0.002003523935) q[4];
rx(pi*-0.001189838371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001420547872) q[0];
rx(pi*-0.003512705222) q[1];
rx(pi*-0.006316587404) q[2];
rx(pi*0.006376601762) q[3];
rx(pi*-0.001468884801) q[4];
rx(pi*0.001247226041) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001594773577) q[0];
rx(pi*0.00031215506) q[1];
rx(pi*0.000512782529) q[2];
rx(pi*-0.000812354359) q[3];
rx(pi*0.007818764189) q[4];
rx(pi*0.001739154704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001235359699) q[0];
rx(pi*0.000132357686) q[1];
rx(pi*-0.000472697931) q[2];
rx(pi*-0.001083352787) q[3];
rx(pi*0.003166385579) q[4];
rx(pi*0.003133054018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000154451238) q[0];
rx(pi*0.000657660654) q[1];
rx(pi*-0.004518772521) q[2];
rx(pi*0.001245360338) q[3];
rx(pi*-0.000798883931) q[4];
rx(pi*-0.003096160325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
