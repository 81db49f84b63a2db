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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.01610758413) q[0];
rx(pi*-0.007484539079) q[1];
rx(pi*0.104169330493) q[2];
rx(pi*0.005801196863) q[3];
rx(pi*-0.00113959268) q[4];
rx(pi*0.006160817588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.200384013979) q[0];
rx(pi*-0.238603703517) q[1];
rx(pi*0.094565164342) q[2];
rx(pi*0.013519755892) q[3];
rx(pi*0.002261395296) q[4];
rx(pi*0.0033289592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.033374894065) q[0];
rx(pi*-0.01607969182) q[1];
rx(pi*0.104416943823) q[2];
rx(pi*0.005066962792) q[3];
rx(pi*0.004561786111) q[4];
rx(pi*0.001893501712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.300566951995) q[0];
rx(pi*-0.232345144263) q[1];
rx(pi*0.092696244344) q[2];
rx(pi*0.004924234665) q[3];
rx(pi*0.000757645997) q[4];
rx(pi*0.001121304952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.020373605264) q[0];
rx(pi*-0.005501250765) q[1];
rx(pi*0.101400893554) q[2];
rx(pi*0.005903299297) q[3];
rx(pi*0.002408620409) q[4];
rx(pi*-0.000828432725) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
