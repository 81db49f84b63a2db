// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.002476018131) q[0];
rz(pi*5.1452007e-05) q[1];
rz(pi*-0.001373768784) q[2];
rz(pi*0.00042821184) q[3];
rz(pi*-6.7614463e-05) q[4];
rz(pi*-0.001923066441) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002194789094) q[0];
rz(pi*0.001560862606) q[1];
rz(pi*-0.000924817619) q[2];
rz(pi*-0.002357111771) q[3];
rz(pi*0.004678167021) q[4];
rz(pi*-0.004486335348) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001822981343) q[0];
rz(pi*-0.002232950553) q[1];
rz(pi*0.002561491101) q[2];
rz(pi*-0.000508344425) q[3];
rz(pi*0.005802700453) q[4];
rz(pi*0.001513368335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000962590951) q[0];
rz(pi*-0.002232345203) q[1];
rz(pi*0.002043216702) q[2];
rz(pi*-0.000137777592) q[3];
rz(pi*-0.005346947187) q[4];
rz(pi*-0.00394814905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00567333833) q[0];
rz(pi*0.005137578766) q[1];
rz(pi*0.004446418762) q[2];
rz(pi*-0.00040462575) q[3];
rz(pi*0.00360337539) q[4];
rz(pi*-0.00064117341) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
