// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
rx(pi*0.003433846182) q[0];
rx(0) q[1];
rx(pi*-0.002079828917) q[2];
rx(pi*-0.001807236038) q[3];
rx(pi*-0.001440821291) q[4];
rx(pi*-0.000686210563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000488800605) q[0];
rx(pi*3.14e-10) q[1];
rx(pi*-0.000859058075) q[2];
rx(pi*0.010577239249) q[3];
rx(pi*0.00071868583) q[4];
rx(pi*-0.001122398405) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001807308816) q[0];
rx(0) q[1];
rx(pi*-0.001047655117) q[2];
rx(pi*-0.001243942274) q[3];
rx(pi*0.001534078867) q[4];
rx(pi*-0.000759290919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002084575069) q[0];
rx(pi*-7.0e-12) q[1];
rx(pi*2.4086934e-05) q[2];
rx(pi*0.004920471243) q[3];
rx(pi*0.001735111582) q[4];
rx(pi*-0.001608160036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001728645877) q[0];
rx(0) q[1];
rx(pi*0.002748897084) q[2];
rx(pi*-0.000858218235) q[3];
rx(pi*-0.000775271086) q[4];
rx(pi*0.003190463181) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
