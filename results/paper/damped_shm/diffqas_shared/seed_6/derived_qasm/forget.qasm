// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.054684097692) q[0];
ry(pi*0.056744016341) q[1];
ry(pi*0.177832436887) q[2];
ry(pi*0.339790831123) q[3];
ry(pi*-0.104776733524) q[4];
ry(pi*-0.007946641694) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.031665888242) q[0];
ry(pi*-0.032941252943) q[1];
ry(pi*-0.038868685576) q[2];
ry(pi*-0.041320884756) q[3];
ry(pi*-0.050885013667) q[4];
ry(pi*0.000519531417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.048079541924) q[0];
ry(pi*0.085553592992) q[1];
ry(pi*-0.116574025986) q[2];
ry(pi*-0.12868702497) q[3];
ry(pi*0.055423868841) q[4];
ry(pi*0.001589731273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.128898969534) q[0];
ry(pi*-0.169390247182) q[1];
ry(pi*-0.150046885834) q[2];
ry(pi*0.242445134716) q[3];
ry(pi*-0.124229985027) q[4];
ry(pi*0.000674859524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.190559318095) q[0];
ry(pi*0.236584111444) q[1];
ry(pi*0.283125874222) q[2];
ry(pi*0.151908226219) q[3];
ry(pi*0.129695673155) q[4];
ry(pi*0.001256085277) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
