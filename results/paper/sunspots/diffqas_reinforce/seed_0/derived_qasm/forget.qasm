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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.258923060952) q[0];
ry(pi*-0.189691523588) q[1];
ry(pi*0.364951844042) q[2];
ry(pi*0.409303563581) q[3];
ry(pi*0.005589592622) q[4];
ry(pi*4.7797887e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.208352378283) q[0];
ry(pi*-0.032935193522) q[1];
ry(pi*0.101593827426) q[2];
ry(pi*-0.031765620862) q[3];
ry(pi*-0.009931783408) q[4];
ry(pi*0.001103135656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002592112522) q[0];
ry(pi*0.065149104838) q[1];
ry(pi*0.066459030771) q[2];
ry(pi*0.014280226308) q[3];
ry(pi*0.000258738772) q[4];
ry(pi*-0.0006058642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.043021151257) q[0];
ry(pi*-0.018724437116) q[1];
ry(pi*0.040923125844) q[2];
ry(pi*0.091444621665) q[3];
ry(pi*0.004280764737) q[4];
ry(pi*-0.000903426809) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.179998081172) q[0];
ry(pi*0.653873589121) q[1];
ry(pi*0.202752154401) q[2];
ry(pi*0.110208545812) q[3];
ry(pi*0.509483845413) q[4];
ry(pi*-0.003635833611) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
