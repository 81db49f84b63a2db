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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.277438451591) q[0];
ry(pi*0.013045598467) q[1];
ry(pi*-0.195244846838) q[2];
ry(pi*0.286469764085) q[3];
ry(pi*0.01292508476) q[4];
ry(pi*0.028624241365) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.237669030075) q[0];
ry(pi*0.014956224122) q[1];
ry(pi*0.44894567796) q[2];
ry(pi*0.142547338125) q[3];
ry(pi*0.029031802073) q[4];
ry(pi*0.011768755078) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078824936481) q[0];
ry(pi*0.117001918365) q[1];
ry(pi*-0.103282335566) q[2];
ry(pi*0.235176466374) q[3];
ry(pi*-0.032535250372) q[4];
ry(pi*0.010591722571) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.115393171656) q[0];
ry(pi*0.468547068677) q[1];
ry(pi*0.047668113147) q[2];
ry(pi*0.424497205554) q[3];
ry(pi*-0.479680125242) q[4];
ry(pi*-0.011814550548) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014784263438) q[0];
ry(pi*-0.066306451934) q[1];
ry(pi*0.519030438761) q[2];
ry(pi*0.019514342564) q[3];
ry(pi*0.020867591581) q[4];
ry(pi*-0.009231843765) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
