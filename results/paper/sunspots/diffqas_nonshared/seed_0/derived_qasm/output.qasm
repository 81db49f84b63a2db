// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.499953227118) q[0];
ry(pi*0.25300037625) q[1];
ry(pi*-0.086480307367) q[2];
ry(pi*0.586746489958) q[3];
ry(pi*-0.013049391831) q[4];
ry(pi*-0.001653283752) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.138590362893) q[0];
ry(pi*0.254898296093) q[1];
ry(pi*0.210555076345) q[2];
ry(pi*0.110556392168) q[3];
ry(pi*-4.7398074e-05) q[4];
ry(pi*-0.0822285905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047773791352) q[0];
ry(pi*0.014558932414) q[1];
ry(pi*0.010127350341) q[2];
ry(pi*0.013341272139) q[3];
ry(pi*-0.312120046221) q[4];
ry(pi*0.140243382509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000203809684) q[0];
ry(pi*-0.501626016337) q[1];
ry(pi*0.003848344393) q[2];
ry(pi*0.493422352016) q[3];
ry(pi*0.476112983057) q[4];
ry(pi*0.004977650361) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002886736468) q[0];
ry(pi*-0.049285426052) q[1];
ry(pi*-0.378606454667) q[2];
ry(pi*0.007038033249) q[3];
ry(pi*-0.310920930621) q[4];
ry(pi*0.002710856428) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
