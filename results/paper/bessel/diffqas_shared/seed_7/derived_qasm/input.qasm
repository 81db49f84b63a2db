// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.074225857063) q[0];
ry(pi*-0.210789560534) q[1];
ry(pi*0.109219135992) q[2];
ry(pi*0.396984254939) q[3];
ry(pi*0.139299782389) q[4];
ry(pi*-0.144628534711) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.447778398631) q[0];
ry(pi*-0.132103789157) q[1];
ry(pi*-0.125438454191) q[2];
ry(pi*-0.060086763096) q[3];
ry(pi*0.1498639506) q[4];
ry(pi*0.11317604482) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.193422438531) q[0];
ry(pi*-0.558271886654) q[1];
ry(pi*-0.038886688342) q[2];
ry(pi*0.440879148659) q[3];
ry(pi*-0.364408350712) q[4];
ry(pi*-0.06325169726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.165942766116) q[0];
ry(pi*0.005466409686) q[1];
ry(pi*-0.096451159813) q[2];
ry(pi*-0.188563707574) q[3];
ry(pi*0.082818974976) q[4];
ry(pi*-0.087316891704) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.199659994954) q[0];
ry(pi*0.033873412497) q[1];
ry(pi*-0.239560992475) q[2];
ry(pi*-0.093687086606) q[3];
ry(pi*-0.090701648865) q[4];
ry(pi*-0.002150663078) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
