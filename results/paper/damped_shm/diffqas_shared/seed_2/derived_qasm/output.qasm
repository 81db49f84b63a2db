// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.062054180114) q[0];
ry(pi*0.056749010917) q[1];
ry(pi*-0.144852024192) q[2];
ry(pi*0.041384415002) q[3];
ry(pi*0.433162856281) q[4];
ry(pi*0.019520826501) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000348084108) q[0];
ry(pi*-0.210892980981) q[1];
ry(pi*-0.441989244127) q[2];
ry(pi*-0.063802466639) q[3];
ry(pi*-0.087338482691) q[4];
ry(pi*-0.180497576701) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.058854644402) q[0];
ry(pi*-0.042013669895) q[1];
ry(pi*0.484553237542) q[2];
ry(pi*-0.159400241747) q[3];
ry(pi*-0.258215016981) q[4];
ry(pi*-0.250289170604) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.369475060929) q[0];
ry(pi*0.058408528699) q[1];
ry(pi*-0.001433221371) q[2];
ry(pi*-0.031332537065) q[3];
ry(pi*0.069754578073) q[4];
ry(pi*0.059860422959) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.142848957381) q[0];
ry(pi*0.297222777541) q[1];
ry(pi*-0.304735625146) q[2];
ry(pi*0.05419831946) q[3];
ry(pi*0.000778837963) q[4];
ry(pi*0.000146528068) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
