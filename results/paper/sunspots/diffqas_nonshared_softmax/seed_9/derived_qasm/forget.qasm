// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.029231551904) q[0];
ry(pi*0.335665548647) q[1];
ry(pi*-0.220672806317) q[2];
ry(pi*-0.047958751926) q[3];
ry(pi*0.182869340917) q[4];
ry(pi*0.206570799329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.063519739496) q[0];
ry(pi*0.172372193937) q[1];
ry(pi*0.264593275301) q[2];
ry(pi*0.004150538761) q[3];
ry(pi*0.121124810275) q[4];
ry(pi*0.175990391786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.103914251387) q[0];
ry(pi*0.188247488788) q[1];
ry(pi*-0.167393023977) q[2];
ry(pi*-0.251215704738) q[3];
ry(pi*0.156805111372) q[4];
ry(pi*-0.14976341401) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.248128743825) q[0];
ry(pi*0.515046199691) q[1];
ry(pi*-0.309992764831) q[2];
ry(pi*-0.119983201074) q[3];
ry(pi*0.072807449702) q[4];
ry(pi*0.052825062496) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.069191538069) q[0];
ry(pi*0.118110448581) q[1];
ry(pi*-0.098866589808) q[2];
ry(pi*0.020194817947) q[3];
ry(pi*0.052052402089) q[4];
ry(pi*0.005912011939) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
