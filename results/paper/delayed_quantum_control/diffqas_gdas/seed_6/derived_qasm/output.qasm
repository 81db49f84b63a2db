// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.002115488493) q[0];
rx(pi*0.003289261097) q[1];
rx(pi*-0.003526930929) q[2];
rx(pi*0.004539175043) q[3];
rx(pi*-0.002872306507) q[4];
rx(pi*-0.004822114147) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003032210603) q[0];
rx(pi*0.000500737836) q[1];
rx(pi*-0.001031315135) q[2];
rx(pi*0.00139442729) q[3];
rx(pi*0.001584501168) q[4];
rx(pi*0.001008003557) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000805453393) q[0];
rx(pi*0.005769019083) q[1];
rx(pi*-0.007048324186) q[2];
rx(pi*-0.005526159019) q[3];
rx(pi*-0.001620415838) q[4];
rx(pi*-0.004001681547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.008141136074) q[0];
rx(pi*-0.002537062799) q[1];
rx(pi*-0.002391237222) q[2];
rx(pi*-0.007787983277) q[3];
rx(pi*0.002740273377) q[4];
rx(pi*0.004140516407) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003934163764) q[0];
rx(pi*-0.001612168029) q[1];
rx(pi*0.000463836953) q[2];
rx(pi*-0.003567563439) q[3];
rx(pi*0.000657929682) q[4];
rx(pi*-0.002146091387) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
