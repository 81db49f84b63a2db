// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.217694540275) q[0];
rx(pi*0.098721675961) q[1];
rx(pi*0.026206347284) q[2];
rx(pi*0.000737105848) q[3];
rx(pi*-0.001145073284) q[4];
rx(pi*0.006148983336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.041161584823) q[0];
rx(pi*0.097870254936) q[1];
rx(pi*0.023207068924) q[2];
rx(pi*0.008441404708) q[3];
rx(pi*0.002290407296) q[4];
rx(pi*0.003319271833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.212288919866) q[0];
rx(pi*0.094954921498) q[1];
rx(pi*0.026463233545) q[2];
rx(pi*-7.950013e-06) q[3];
rx(pi*0.004555369172) q[4];
rx(pi*0.001900607896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042094740446) q[0];
rx(pi*0.107324555353) q[1];
rx(pi*0.021339614571) q[2];
rx(pi*-0.000151877901) q[3];
rx(pi*0.00076746306) q[4];
rx(pi*0.001111569042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.213429011247) q[0];
rx(pi*0.100689396543) q[1];
rx(pi*0.023437345906) q[2];
rx(pi*0.000822251538) q[3];
rx(pi*0.00240678109) q[4];
rx(pi*-0.000829638681) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
