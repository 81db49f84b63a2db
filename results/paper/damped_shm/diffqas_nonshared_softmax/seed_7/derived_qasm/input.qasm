// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
ry(0) q[0];
ry(pi*-0.000210249616) q[1];
ry(pi*0.004901385844) q[2];
ry(pi*-0.001846757605) q[3];
ry(pi*0.000533743006) q[4];
ry(pi*-0.003488805488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*2.65e-10) q[1];
ry(pi*2.2e-11) q[2];
ry(pi*-3.1227e-08) q[3];
ry(pi*0.000206121154) q[4];
ry(pi*0.003165371426) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-1.91e-10) q[1];
ry(pi*3.185606e-06) q[2];
ry(pi*2.4476531e-05) q[3];
ry(pi*-0.000790505832) q[4];
ry(pi*7.3983762e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-6.99145e-07) q[1];
ry(pi*5.0052e-08) q[2];
ry(pi*-1.4092e-08) q[3];
ry(pi*-0.000197321949) q[4];
ry(pi*-0.004293661166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-0.00234660991) q[1];
ry(pi*-0.004901400667) q[2];
ry(pi*0.001846945406) q[3];
ry(pi*0.000256903825) q[4];
ry(pi*-0.00151721417) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
