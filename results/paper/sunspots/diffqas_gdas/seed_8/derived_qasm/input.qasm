// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rz(pi*-0.000371395686) q[0];
rz(pi*0.002435344562) q[1];
rz(pi*-0.002250465363) q[2];
rz(pi*-0.001358377142) q[3];
rz(pi*0.002189049097) q[4];
rz(pi*-0.000752282342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003604497747) q[0];
rz(pi*-0.003454800692) q[1];
rz(pi*0.009447687229) q[2];
rz(pi*-0.001833264573) q[3];
rz(pi*0.007183317658) q[4];
rz(pi*-0.002413484251) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001145447626) q[0];
rz(pi*-0.001537665458) q[1];
rz(pi*-0.003883586569) q[2];
rz(pi*-0.00112895134) q[3];
rz(pi*0.006728869361) q[4];
rz(pi*-0.002594440538) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003407227713) q[0];
rz(pi*0.00120446169) q[1];
rz(pi*-0.003408193544) q[2];
rz(pi*-0.002769461467) q[3];
rz(pi*-0.004845255267) q[4];
rz(pi*0.003046877723) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002097614238) q[0];
rz(pi*-0.007927081977) q[1];
rz(pi*0.002081820166) q[2];
rz(pi*-0.000933265235) q[3];
rz(pi*-0.000429971747) q[4];
rz(pi*-0.00259436109) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
