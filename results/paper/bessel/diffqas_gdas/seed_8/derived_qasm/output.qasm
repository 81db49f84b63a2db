// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.000601563686) q[0];
rz(pi*-0.000127814389) q[1];
rz(pi*-0.002380509171) q[2];
rz(pi*0.005387550646) q[3];
rz(pi*0.002381716757) q[4];
rz(pi*0.001644712813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003240338978) q[0];
rz(pi*0.001808358098) q[1];
rz(pi*0.004670211511) q[2];
rz(pi*0.003597061022) q[3];
rz(pi*0.002480602421) q[4];
rz(pi*0.002847504679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007135613648) q[0];
rz(pi*0.000752169246) q[1];
rz(pi*0.003239697758) q[2];
rz(pi*-0.00100117648) q[3];
rz(pi*0.004585457282) q[4];
rz(pi*0.000932145398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00558438401) q[0];
rz(pi*-0.004234481312) q[1];
rz(pi*-0.000287931475) q[2];
rz(pi*0.00021641248) q[3];
rz(pi*-0.006530195048) q[4];
rz(pi*0.001988744758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004832962112) q[0];
rz(pi*0.000665644846) q[1];
rz(pi*-0.003200637317) q[2];
rz(pi*0.002823205333) q[3];
rz(pi*0.002241149151) q[4];
rz(pi*0.002409503383) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
