// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.068357173544) q[0];
ry(pi*0.099112770696) q[1];
ry(pi*0.001275553688) q[2];
ry(pi*0.286275824658) q[3];
ry(pi*-0.08504019044) q[4];
ry(pi*-0.167552888349) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.222034271719) q[0];
ry(pi*0.147135688455) q[1];
ry(pi*0.017413607606) q[2];
ry(pi*-0.070379711137) q[3];
ry(pi*-0.018851425274) q[4];
ry(pi*0.096958576464) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.124595770116) q[0];
ry(pi*-0.176263106061) q[1];
ry(pi*-0.227679517932) q[2];
ry(pi*0.382236131029) q[3];
ry(pi*-0.199756167812) q[4];
ry(pi*0.228510125853) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.15720731465) q[0];
ry(pi*-0.307137043767) q[1];
ry(pi*-0.15858979237) q[2];
ry(pi*0.031680224525) q[3];
ry(pi*0.126400410445) q[4];
ry(pi*-0.118914959488) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.027644253886) q[0];
ry(pi*0.01498091241) q[1];
ry(pi*-0.139152743594) q[2];
ry(pi*-0.143710908282) q[3];
ry(pi*-0.072342119349) q[4];
ry(pi*0.000360744082) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
