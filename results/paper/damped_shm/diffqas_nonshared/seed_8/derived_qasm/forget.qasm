// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.019727749216) q[0];
ry(pi*0.39215789149) q[1];
ry(pi*0.045506519543) q[2];
ry(pi*0.140915368773) q[3];
ry(pi*0.125457540775) q[4];
ry(pi*-0.335924488707) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.049301121257) q[0];
ry(pi*0.26919805603) q[1];
ry(pi*-0.168051093731) q[2];
ry(pi*-0.341920901507) q[3];
ry(pi*-0.467560979088) q[4];
ry(pi*0.151935243412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.381936133942) q[0];
ry(pi*0.101250648365) q[1];
ry(pi*0.055434503066) q[2];
ry(pi*0.050284208409) q[3];
ry(pi*-0.008290180643) q[4];
ry(pi*0.245622443854) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007267401911) q[0];
ry(pi*-0.384292814824) q[1];
ry(pi*-0.095271994057) q[2];
ry(pi*-0.263809264448) q[3];
ry(pi*-0.191630215866) q[4];
ry(pi*0.013623422985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.073755584309) q[0];
ry(pi*-0.25570139353) q[1];
ry(pi*0.307234165262) q[2];
ry(pi*-0.159241591631) q[3];
ry(pi*0.07845910396) q[4];
ry(pi*0.004120632671) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
