// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.081117204885) q[0];
rx(pi*-0.103201246042) q[1];
rx(pi*0.004535317053) q[2];
rx(pi*0.001722503302) q[3];
rx(pi*0.000684262595) q[4];
rx(pi*0.001132047233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.127375306112) q[0];
rx(pi*-0.099799716972) q[1];
rx(pi*0.007540095435) q[2];
rx(pi*0.004754415529) q[3];
rx(pi*-0.0040062439) q[4];
rx(pi*0.004818929097) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095319672572) q[0];
rx(pi*-0.100047406193) q[1];
rx(pi*0.005886013345) q[2];
rx(pi*-0.000999966153) q[3];
rx(pi*0.004639157866) q[4];
rx(pi*0.006238987087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.133807171931) q[0];
rx(pi*-0.095201595677) q[1];
rx(pi*0.006181483653) q[2];
rx(pi*-0.003845884458) q[3];
rx(pi*-1.4498486e-05) q[4];
rx(pi*0.002089657542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.080229934853) q[0];
rx(pi*-0.10127726713) q[1];
rx(pi*0.006411755299) q[2];
rx(pi*0.002215581595) q[3];
rx(pi*-0.003769188311) q[4];
rx(pi*-0.00210630509) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
