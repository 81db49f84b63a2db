// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.137288614215) q[0];
ry(pi*0.13959280699) q[1];
ry(pi*0.06625431008) q[2];
ry(pi*0.003486150786) q[3];
ry(pi*0.067936599902) q[4];
ry(pi*0.005983494137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.183255170715) q[0];
ry(pi*0.394427942806) q[1];
ry(pi*-0.026322979879) q[2];
ry(pi*0.045429585051) q[3];
ry(pi*0.02291076678) q[4];
ry(pi*0.001428398439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.199005947423) q[0];
ry(pi*0.094931252995) q[1];
ry(pi*0.111249921987) q[2];
ry(pi*-0.014468045838) q[3];
ry(pi*0.004714801914) q[4];
ry(pi*-0.005328120292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.235150094255) q[0];
ry(pi*0.128070353751) q[1];
ry(pi*-0.396992375275) q[2];
ry(pi*0.04796725646) q[3];
ry(pi*0.027606365309) q[4];
ry(pi*0.007482324011) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.254180519102) q[0];
ry(pi*0.043040650498) q[1];
ry(pi*-0.006836303731) q[2];
ry(pi*0.05925144519) q[3];
ry(pi*0.021007852361) q[4];
ry(pi*0.006241290497) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
