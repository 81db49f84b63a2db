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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005504218222) q[0];
ry(pi*0.007027180245) q[1];
ry(pi*0.503066503233) q[2];
ry(pi*0.001260680684) q[3];
ry(pi*-0.003486698921) q[4];
ry(pi*-0.506527360085) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.497889106005) q[0];
ry(pi*-0.363511357147) q[1];
ry(pi*0.364125467044) q[2];
ry(pi*0.496050457026) q[3];
ry(pi*0.080544806574) q[4];
ry(pi*0.078586069588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000651089339) q[0];
ry(pi*0.501405856572) q[1];
ry(pi*0.002503890431) q[2];
ry(pi*-0.004179489396) q[3];
ry(pi*-0.494289103021) q[4];
ry(pi*-0.040710256358) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004189957906) q[0];
ry(pi*0.021315794286) q[1];
ry(pi*0.009125617722) q[2];
ry(pi*0.024430467269) q[3];
ry(pi*0.002350453226) q[4];
ry(pi*0.000682464557) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.998942107416) q[0];
ry(pi*0.001670864522) q[1];
ry(pi*0.000755367192) q[2];
ry(pi*-5.8229929e-05) q[3];
ry(pi*0.167357696721) q[4];
ry(pi*0.004941658762) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
