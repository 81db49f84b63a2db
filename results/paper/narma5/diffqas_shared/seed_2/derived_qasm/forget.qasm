// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.008134420314) q[0];
rz(pi*0.022925890431) q[1];
rz(pi*0.021443748868) q[2];
rz(pi*0.021006550356) q[3];
rz(pi*0.026057992255) q[4];
rz(pi*-0.002782901287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006752128171) q[0];
rz(pi*-0.004179727148) q[1];
rz(pi*-0.003564063857) q[2];
rz(pi*-0.001113473061) q[3];
rz(pi*-0.004633168999) q[4];
rz(pi*-0.000947846681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007446389627) q[0];
rz(pi*0.012643522069) q[1];
rz(pi*-0.004149581823) q[2];
rz(pi*-0.003491328567) q[3];
rz(pi*0.00517240443) q[4];
rz(pi*-0.012843177037) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.010149931468) q[0];
rz(pi*-0.007715265478) q[1];
rz(pi*0.007506089156) q[2];
rz(pi*-0.006994062721) q[3];
rz(pi*-0.0088846911) q[4];
rz(pi*-0.001283275003) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.024957686725) q[0];
rz(pi*0.033850211198) q[1];
rz(pi*0.03757893716) q[2];
rz(pi*0.025044377953) q[3];
rz(pi*-0.022695570761) q[4];
rz(pi*-0.004790027377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
