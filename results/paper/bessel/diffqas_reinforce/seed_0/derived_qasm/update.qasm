// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.075697729627) q[0];
ry(pi*0.132045789467) q[1];
ry(pi*-0.016689707161) q[2];
ry(pi*0.00025665944) q[3];
ry(pi*-0.484394283862) q[4];
ry(pi*0.294165205413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.052274369008) q[0];
ry(pi*0.276481940516) q[1];
ry(pi*0.011510060477) q[2];
ry(pi*-0.263426128781) q[3];
ry(pi*-0.239888784637) q[4];
ry(pi*-0.308489155604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.120625940848) q[0];
ry(pi*0.019306660939) q[1];
ry(pi*0.001810050526) q[2];
ry(pi*0.0121469353) q[3];
ry(pi*0.004662064198) q[4];
ry(pi*0.008628867313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005985735293) q[0];
ry(pi*0.181807265474) q[1];
ry(pi*0.002020703017) q[2];
ry(pi*-0.005436612393) q[3];
ry(pi*0.246216556475) q[4];
ry(pi*-0.311590744506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005487570229) q[0];
ry(pi*0.256069616617) q[1];
ry(pi*0.012770016936) q[2];
ry(pi*0.149278157529) q[3];
ry(pi*-0.037992583377) q[4];
ry(pi*0.002266453905) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
