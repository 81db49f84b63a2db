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
rx(pi*0.002558158419) q[0];
rx(pi*0.00399840697) q[1];
rx(pi*2.878067e-06) q[2];
rx(pi*-0.000783402762) q[3];
rx(pi*-0.002243045833) q[4];
rx(pi*0.000872774779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.9246268e-05) q[0];
rx(pi*0.009492258364) q[1];
rx(pi*0.000553442017) q[2];
rx(pi*-0.002712788388) q[3];
rx(pi*-0.000238530387) q[4];
rx(pi*7.8002172e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006285616172) q[0];
rx(pi*-0.001274013782) q[1];
rx(pi*0.004730914817) q[2];
rx(pi*-0.006224156327) q[3];
rx(pi*-0.001904465885) q[4];
rx(pi*0.003178107179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005343164496) q[0];
rx(pi*-0.000686206487) q[1];
rx(pi*0.003844897875) q[2];
rx(pi*-0.002958572034) q[3];
rx(pi*0.005232583614) q[4];
rx(pi*0.001532543557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001590468838) q[0];
rx(pi*0.004931941454) q[1];
rx(pi*0.001672545241) q[2];
rx(pi*-0.00395368435) q[3];
rx(pi*0.006816908247) q[4];
rx(pi*-0.001143889563) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
