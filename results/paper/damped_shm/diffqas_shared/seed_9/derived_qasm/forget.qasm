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
rx(pi*-0.027652250899) q[0];
rx(pi*0.128485961276) q[1];
rx(pi*-0.006137609174) q[2];
rx(pi*0.068638814497) q[3];
rx(pi*0.004976292624) q[4];
rx(pi*-0.001440940463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.224375831321) q[0];
rx(pi*0.179215891703) q[1];
rx(pi*-0.188601501287) q[2];
rx(pi*0.062509654125) q[3];
rx(pi*-0.005102715156) q[4];
rx(pi*0.004489458143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.07416017341) q[0];
rx(pi*-0.052249021417) q[1];
rx(pi*0.003333317892) q[2];
rx(pi*0.064797459189) q[3];
rx(pi*-0.000755965649) q[4];
rx(pi*0.004432347208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.223925778773) q[0];
rx(pi*0.122663262954) q[1];
rx(pi*-0.174787747255) q[2];
rx(pi*0.063420217948) q[3];
rx(pi*-0.003479662996) q[4];
rx(pi*0.007458769938) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.028382405236) q[0];
rx(pi*0.113494189339) q[1];
rx(pi*0.001715930579) q[2];
rx(pi*0.063713062309) q[3];
rx(pi*0.003780057621) q[4];
rx(pi*-0.00372818435) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
