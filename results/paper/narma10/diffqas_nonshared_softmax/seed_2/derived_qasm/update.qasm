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
rx(pi*0.091231007499) q[0];
rx(pi*0.055519363423) q[1];
rx(pi*0.001826825696) q[2];
rx(pi*-0.005661670683) q[3];
rx(pi*0.011877779601) q[4];
rx(pi*-0.000747467043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.129912180666) q[0];
rx(pi*0.054834466204) q[1];
rx(pi*-0.004620103002) q[2];
rx(pi*-0.006792557911) q[3];
rx(pi*-0.000740966654) q[4];
rx(pi*-0.002300104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.063877783704) q[0];
rx(pi*0.052580570183) q[1];
rx(pi*0.008199916018) q[2];
rx(pi*0.004461650617) q[3];
rx(pi*-0.005191597736) q[4];
rx(pi*0.001502978087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.133571008654) q[0];
rx(pi*0.055767019442) q[1];
rx(pi*-0.001079293953) q[2];
rx(pi*0.001694665538) q[3];
rx(pi*0.002290432346) q[4];
rx(pi*-0.003920777897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.08223915832) q[0];
rx(pi*0.055118455035) q[1];
rx(pi*0.006038559573) q[2];
rx(pi*-0.005495652619) q[3];
rx(pi*-0.006778679346) q[4];
rx(pi*0.000252924792) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
