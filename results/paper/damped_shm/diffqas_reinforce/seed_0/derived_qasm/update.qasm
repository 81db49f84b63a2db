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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.04640369335) q[0];
ry(pi*-0.028833055426) q[1];
ry(pi*0.290113024933) q[2];
ry(pi*-0.162136662174) q[3];
ry(pi*0.004664664946) q[4];
ry(pi*0.002442382562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.082373381024) q[0];
ry(pi*0.062055119265) q[1];
ry(pi*-0.083667663926) q[2];
ry(pi*-0.18313070949) q[3];
ry(pi*0.005181470439) q[4];
ry(pi*0.002683107006) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.188832058117) q[0];
ry(pi*0.01471732877) q[1];
ry(pi*0.245547520473) q[2];
ry(pi*-0.022654667888) q[3];
ry(pi*-0.006879835515) q[4];
ry(pi*-0.002146165499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.106369002402) q[0];
ry(pi*0.208097384554) q[1];
ry(pi*-0.512278910603) q[2];
ry(pi*-0.041363193984) q[3];
ry(pi*0.496994540951) q[4];
ry(pi*-0.526857645823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.211916086401) q[0];
ry(pi*0.310267376382) q[1];
ry(pi*0.083042986208) q[2];
ry(pi*0.003644412554) q[3];
ry(pi*-3.8949495e-05) q[4];
ry(pi*-0.001954221323) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
