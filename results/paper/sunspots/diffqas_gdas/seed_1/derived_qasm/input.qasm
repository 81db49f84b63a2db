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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00359009417) q[0];
rz(pi*0.001813093577) q[1];
rz(pi*0.002454472501) q[2];
rz(pi*0.00228379307) q[3];
rz(pi*0.006378336583) q[4];
rz(pi*-0.002018112496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000500828327) q[0];
rz(pi*0.002245188568) q[1];
rz(pi*0.003969696756) q[2];
rz(pi*-0.007727835517) q[3];
rz(pi*-0.001663093996) q[4];
rz(pi*-0.000663783812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003276901241) q[0];
rz(pi*0.002696358285) q[1];
rz(pi*0.000696898297) q[2];
rz(pi*-0.001262079924) q[3];
rz(pi*-0.00520172029) q[4];
rz(pi*-0.004213862678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003136574352) q[0];
rz(pi*0.001447580184) q[1];
rz(pi*-0.003881200449) q[2];
rz(pi*-0.006587314876) q[3];
rz(pi*-0.004623575014) q[4];
rz(pi*-0.001884303043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005326180329) q[0];
rz(pi*0.00796384879) q[1];
rz(pi*-0.001532260745) q[2];
rz(pi*0.003004377286) q[3];
rz(pi*0.004460173114) q[4];
rz(pi*0.00408880233) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
