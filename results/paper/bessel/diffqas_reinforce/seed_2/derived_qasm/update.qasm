// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.22911712097) q[0];
ry(pi*0.473377492294) q[1];
ry(pi*0.248642772478) q[2];
ry(pi*0.037851357358) q[3];
ry(pi*0.455878054349) q[4];
ry(pi*-0.017221590356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017003694277) q[0];
ry(pi*0.536218306244) q[1];
ry(pi*-0.058052860827) q[2];
ry(pi*0.144993513458) q[3];
ry(pi*-0.472806298752) q[4];
ry(pi*-0.000322800476) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.10555958704) q[0];
ry(pi*-0.097182729991) q[1];
ry(pi*-0.013135448657) q[2];
ry(pi*-0.11908107538) q[3];
ry(pi*-0.009092006314) q[4];
ry(pi*-0.54831696183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050711849398) q[0];
ry(pi*0.505498392087) q[1];
ry(pi*-0.057877581098) q[2];
ry(pi*-0.173268921884) q[3];
ry(pi*-0.29115165006) q[4];
ry(pi*-0.105593538772) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011593296293) q[0];
ry(pi*0.635881694537) q[1];
ry(pi*0.186265026382) q[2];
ry(pi*0.514242286426) q[3];
ry(pi*-0.493939207608) q[4];
ry(pi*0.000705857658) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
