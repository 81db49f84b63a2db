// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002499860798) q[0];
rz(pi*0.000835849365) q[1];
rz(pi*-0.004082700516) q[2];
rz(pi*0.000776399001) q[3];
rz(pi*-0.00542272197) q[4];
rz(pi*-0.002725771083) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005142908329) q[0];
rz(pi*-0.000225956606) q[1];
rz(pi*0.00479044122) q[2];
rz(pi*-0.000817159875) q[3];
rz(pi*-0.000197427207) q[4];
rz(pi*-0.003824970561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002821930601) q[0];
rz(pi*-0.00085608884) q[1];
rz(pi*0.001808622531) q[2];
rz(pi*0.001203791567) q[3];
rz(pi*0.001530096962) q[4];
rz(pi*0.000867020774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000301328588) q[0];
rz(pi*-0.000173456512) q[1];
rz(pi*-0.00239612641) q[2];
rz(pi*-0.007012349485) q[3];
rz(pi*0.001427751587) q[4];
rz(pi*0.006572093397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003352665352) q[0];
rz(pi*0.007412230973) q[1];
rz(pi*0.001456910329) q[2];
rz(pi*-0.00319610876) q[3];
rz(pi*-0.00326501185) q[4];
rz(pi*0.002327380438) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
