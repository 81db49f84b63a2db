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
rx(pi*-0.094163539732) q[0];
rx(pi*-0.002911875951) q[1];
rx(pi*0.000652954301) q[2];
rx(pi*0.037844342185) q[3];
rx(pi*0.002018465715) q[4];
rx(pi*0.003128944047) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.096161189823) q[0];
rx(pi*0.047976429784) q[1];
rx(pi*-0.019150680051) q[2];
rx(pi*0.029359409251) q[3];
rx(pi*0.002304122369) q[4];
rx(pi*0.002885917675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.119930570672) q[0];
rx(pi*-0.007069740861) q[1];
rx(pi*9.6977495e-05) q[2];
rx(pi*0.030622000549) q[3];
rx(pi*0.001567376929) q[4];
rx(pi*0.00179183239) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.096532069095) q[0];
rx(pi*0.011287984465) q[1];
rx(pi*-0.018977483767) q[2];
rx(pi*0.028613256144) q[3];
rx(pi*0.003725864338) q[4];
rx(pi*-0.000949162174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.095732045243) q[0];
rx(pi*0.012322702392) q[1];
rx(pi*0.000121386093) q[2];
rx(pi*0.032498085131) q[3];
rx(pi*0.002581039553) q[4];
rx(pi*0.000805035696) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
