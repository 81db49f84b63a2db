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
rx(pi*0.002558152193) q[0];
rx(pi*0.003998412306) q[1];
rx(pi*2.875257e-06) q[2];
rx(pi*-0.000783402762) q[3];
rx(pi*-0.002243040794) q[4];
rx(pi*0.000872773297) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.9246733e-05) q[0];
rx(pi*0.009492274372) q[1];
rx(pi*0.000553457136) q[2];
rx(pi*-0.002712785423) q[3];
rx(pi*-0.000238521845) q[4];
rx(pi*7.8005396e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006285620915) q[0];
rx(pi*-0.00127400059) q[1];
rx(pi*0.004730920153) q[2];
rx(pi*-0.006224141505) q[3];
rx(pi*-0.001904461735) q[4];
rx(pi*0.003178112515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005343172203) q[0];
rx(pi*-0.000686201744) q[1];
rx(pi*0.003844904101) q[2];
rx(pi*-0.002958571737) q[3];
rx(pi*0.005232593694) q[4];
rx(pi*0.001532545039) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001590468393) q[0];
rx(pi*0.004931952719) q[1];
rx(pi*0.00167254613) q[2];
rx(pi*-0.00395368435) q[3];
rx(pi*0.006816912397) q[4];
rx(pi*-0.001143888006) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
