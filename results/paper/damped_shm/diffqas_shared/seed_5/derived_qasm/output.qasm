// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.140322166844) q[0];
ry(pi*-0.036314370324) q[1];
ry(pi*0.047868583943) q[2];
ry(pi*0.065609013729) q[3];
ry(pi*0.009387325432) q[4];
ry(pi*0.00122485984) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.030587401372) q[0];
ry(pi*-0.070917043067) q[1];
ry(pi*-0.010153052485) q[2];
ry(pi*-0.004141075807) q[3];
ry(pi*0.013596482869) q[4];
ry(pi*-0.008292166853) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010474038174) q[0];
ry(pi*0.002470041864) q[1];
ry(pi*0.003410979277) q[2];
ry(pi*0.00131831752) q[3];
ry(pi*-0.000820981549) q[4];
ry(pi*-0.003239057131) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.146912303323) q[0];
ry(pi*0.015871764735) q[1];
ry(pi*-0.006600546589) q[2];
ry(pi*0.05128284847) q[3];
ry(pi*0.004361906436) q[4];
ry(pi*-0.002693966533) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006857852622) q[0];
ry(pi*0.001827967915) q[1];
ry(pi*-0.370002351533) q[2];
ry(pi*-0.006794018219) q[3];
ry(pi*-0.324910922507) q[4];
ry(pi*0.001339512747) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
