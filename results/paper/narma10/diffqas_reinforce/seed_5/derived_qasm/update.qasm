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
rx(pi*-0.091564377648) q[0];
rx(pi*0.016793603113) q[1];
rx(pi*0.00339759519) q[2];
rx(pi*0.002777085251) q[3];
rx(pi*0.000224291191) q[4];
rx(pi*0.003692586139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.113328471875) q[0];
rx(pi*0.011300896606) q[1];
rx(pi*-0.002687812248) q[2];
rx(pi*-0.002247800582) q[3];
rx(pi*-0.002665749017) q[4];
rx(pi*-0.001342588704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.09256861467) q[0];
rx(pi*0.013587370021) q[1];
rx(pi*0.000119094698) q[2];
rx(pi*0.004820270826) q[3];
rx(pi*0.000209907903) q[4];
rx(pi*0.003662105827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.107204647588) q[0];
rx(pi*0.011767054645) q[1];
rx(pi*0.001147736139) q[2];
rx(pi*0.002768392472) q[3];
rx(pi*0.002308163564) q[4];
rx(pi*0.002216161598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.095393106592) q[0];
rx(pi*0.01357229143) q[1];
rx(pi*-0.00496678787) q[2];
rx(pi*0.000370048992) q[3];
rx(pi*0.00087144224) q[4];
rx(pi*-0.001484126884) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
