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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017565165472) q[0];
ry(pi*-0.013767650255) q[1];
ry(pi*0.060904550183) q[2];
ry(pi*0.006263362324) q[3];
ry(pi*-0.006829277885) q[4];
ry(pi*-0.00145297882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.102962066098) q[0];
ry(pi*-0.184065686496) q[1];
ry(pi*-0.38757430332) q[2];
ry(pi*0.008655435682) q[3];
ry(pi*0.00796939654) q[4];
ry(pi*-0.006381186052) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008531554904) q[0];
ry(pi*0.136898211985) q[1];
ry(pi*0.173343845264) q[2];
ry(pi*-0.003269964923) q[3];
ry(pi*-0.035932553263) q[4];
ry(pi*-0.115018004543) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007417574174) q[0];
ry(pi*-0.291270058979) q[1];
ry(pi*0.177751385309) q[2];
ry(pi*0.509442522768) q[3];
ry(pi*0.515375225081) q[4];
ry(pi*0.000618797018) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015140874018) q[0];
ry(pi*0.022409333659) q[1];
ry(pi*-0.005031640279) q[2];
ry(pi*-0.010804665576) q[3];
ry(pi*-0.092188400806) q[4];
ry(pi*-0.004707594049) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
