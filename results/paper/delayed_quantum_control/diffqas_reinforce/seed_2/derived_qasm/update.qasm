// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.003964699215) q[0];
ry(pi*-0.239885047006) q[1];
ry(pi*-0.498912154506) q[2];
ry(pi*0.491480681017) q[3];
ry(pi*-0.029608322214) q[4];
ry(pi*0.488969561968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012262722422) q[0];
ry(pi*-0.5059754808) q[1];
ry(pi*-0.009423119892) q[2];
ry(pi*-0.000944664002) q[3];
ry(pi*-0.390462259083) q[4];
ry(pi*0.109582834079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.223302087638) q[0];
ry(pi*0.083110557649) q[1];
ry(pi*-0.26129966322) q[2];
ry(pi*0.505200368166) q[3];
ry(pi*0.003077859034) q[4];
ry(pi*-0.031622163174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003698669573) q[0];
ry(pi*-0.50761085576) q[1];
ry(pi*-0.007445215688) q[2];
ry(pi*-0.007161880824) q[3];
ry(pi*0.026702022175) q[4];
ry(pi*-0.499760653729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000999664219) q[0];
ry(pi*0.486129341638) q[1];
ry(pi*-0.000590772084) q[2];
ry(pi*0.999076282688) q[3];
ry(pi*-0.500328773686) q[4];
ry(pi*-0.00436517627) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
