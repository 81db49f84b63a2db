// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.101351498006) q[0];
rx(pi*-0.000705539198) q[1];
rx(pi*0.000275457042) q[2];
rx(pi*-0.001579318199) q[3];
rx(pi*0.000916631026) q[4];
rx(pi*0.003753963571) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097674750257) q[0];
rx(pi*0.004090384479) q[1];
rx(pi*-0.006270947866) q[2];
rx(pi*-0.00686019042) q[3];
rx(pi*-0.000366441835) q[4];
rx(pi*2.1467618e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099181243342) q[0];
rx(pi*-0.004019737674) q[1];
rx(pi*-0.000172507744) q[2];
rx(pi*0.000397202811) q[3];
rx(pi*0.004008642471) q[4];
rx(pi*-0.000330517567) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.104325419289) q[0];
rx(pi*-0.00195462405) q[1];
rx(pi*-0.000523211834) q[2];
rx(pi*-0.001400807914) q[3];
rx(pi*0.002252145637) q[4];
rx(pi*-0.003147500876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096779502184) q[0];
rx(pi*0.002986815933) q[1];
rx(pi*0.005695822815) q[2];
rx(pi*0.001213279052) q[3];
rx(pi*0.000979456019) q[4];
rx(pi*-0.0011018066) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
