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
ry(pi*0.002541734245) q[0];
ry(pi*0.501023176251) q[1];
ry(pi*0.023751963866) q[2];
ry(pi*-0.004983301275) q[3];
ry(pi*-0.002170980223) q[4];
ry(pi*0.003930630386) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00211693057) q[0];
ry(pi*0.000774856502) q[1];
ry(pi*-0.00143660608) q[2];
ry(pi*-0.53888746828) q[3];
ry(pi*-0.002012499082) q[4];
ry(pi*0.015321428171) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003493985642) q[0];
ry(pi*-0.01152151053) q[1];
ry(pi*-0.004618578067) q[2];
ry(pi*-0.002985177162) q[3];
ry(pi*0.006809334563) q[4];
ry(pi*0.002838442524) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.312633752338) q[0];
ry(pi*0.381134763025) q[1];
ry(pi*-0.039214907391) q[2];
ry(pi*0.374832054186) q[3];
ry(pi*-0.50041297474) q[4];
ry(pi*-0.503770202445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00373370868) q[0];
ry(pi*0.277303991728) q[1];
ry(pi*-0.04144666933) q[2];
ry(pi*0.000449160421) q[3];
ry(pi*0.361259216104) q[4];
ry(pi*-0.004625900658) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
