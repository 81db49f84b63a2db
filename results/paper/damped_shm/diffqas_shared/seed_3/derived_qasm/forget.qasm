// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006496410513) q[0];
rz(pi*-0.008134973488) q[1];
rz(pi*0.001330808554) q[2];
rz(pi*-0.001807305555) q[3];
rz(pi*-0.001440863238) q[4];
rz(pi*-0.000686302462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006429855893) q[0];
rz(pi*-0.000738291126) q[1];
rz(pi*-0.00275408613) q[2];
rz(pi*0.010577414747) q[3];
rz(pi*0.000718676195) q[4];
rz(pi*-0.001122482004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00089539563) q[0];
rz(pi*-0.002126491649) q[1];
rz(pi*-0.003358676155) q[2];
rz(pi*-0.001243980219) q[3];
rz(pi*0.001534058561) q[4];
rz(pi*-0.000759357175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003048623512) q[0];
rz(pi*-0.000636001928) q[1];
rz(pi*7.7209027e-05) q[2];
rz(pi*0.004920496441) q[3];
rz(pi*0.00173512092) q[4];
rz(pi*-0.001608197389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000581999708) q[0];
rz(pi*0.001720542291) q[1];
rz(pi*0.006159576651) q[2];
rz(pi*-0.000858228388) q[3];
rz(pi*-0.000775272791) q[4];
rz(pi*0.003190463774) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
