// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.5676974e-05) q[0];
ry(pi*-0.075509263837) q[1];
ry(pi*-0.499999672404) q[2];
ry(pi*0.001223243451) q[3];
ry(pi*5.1747956e-05) q[4];
ry(pi*0.001017774448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.4162016e-05) q[0];
ry(pi*0.007516053406) q[1];
ry(pi*0.008914765276) q[2];
ry(pi*3.178469e-06) q[3];
ry(pi*-0.498266208338) q[4];
ry(pi*0.010238862666) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*9.8310294e-05) q[0];
ry(pi*0.032412076923) q[1];
ry(pi*0.000235097357) q[2];
ry(pi*-0.345913678314) q[3];
ry(pi*-0.357832699925) q[4];
ry(pi*3.3797268e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020970141654) q[0];
ry(pi*-0.02574842816) q[1];
ry(pi*0.006052859096) q[2];
ry(pi*-0.385854651414) q[3];
ry(pi*0.006041833558) q[4];
ry(pi*0.01540039749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499999786241) q[0];
ry(pi*-0.000607454873) q[1];
ry(pi*-0.144847907106) q[2];
ry(pi*-0.110710042965) q[3];
ry(pi*-2.049224e-06) q[4];
ry(pi*-0.005067835538) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
