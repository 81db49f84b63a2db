// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.001551403061) q[0];
rx(pi*0.002362468015) q[1];
rx(pi*-0.003375433835) q[2];
rx(pi*-0.001570482382) q[3];
rx(pi*-0.002004250236) q[4];
rx(pi*-0.001189882838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001367188946) q[0];
rx(pi*-0.003523333518) q[1];
rx(pi*-0.006234935219) q[2];
rx(pi*0.006367188315) q[3];
rx(pi*-0.001469745244) q[4];
rx(pi*0.001247195803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001501441739) q[0];
rx(pi*0.000384560921) q[1];
rx(pi*0.000508095075) q[2];
rx(pi*-0.000815131051) q[3];
rx(pi*0.00781806279) q[4];
rx(pi*0.001739129803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001272882236) q[0];
rx(pi*0.000122385747) q[1];
rx(pi*-0.000397598533) q[2];
rx(pi*-0.001090575623) q[3];
rx(pi*0.003165560561) q[4];
rx(pi*0.003133050757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000145883217) q[0];
rx(pi*0.000649358743) q[1];
rx(pi*-0.00452312232) q[2];
rx(pi*0.001240872468) q[3];
rx(pi*-0.000799577992) q[4];
rx(pi*-0.003096160325) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
