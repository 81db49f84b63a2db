// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.003955518481) q[0];
rz(pi*0.003510281157) q[1];
rz(pi*-0.005815077206) q[2];
rz(pi*0.001285656824) q[3];
rz(pi*0.000474663092) q[4];
rz(pi*-0.007969297526) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001608084145) q[0];
rz(pi*0.002020420501) q[1];
rz(pi*0.002238233574) q[2];
rz(pi*0.000502351149) q[3];
rz(pi*-0.002020138133) q[4];
rz(pi*-0.001585744327) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001591926775) q[0];
rz(pi*0.003638309258) q[1];
rz(pi*-0.001511601498) q[2];
rz(pi*-0.000857576867) q[3];
rz(pi*0.002168748109) q[4];
rz(pi*-0.006668043325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001394852546) q[0];
rz(pi*-0.000706449223) q[1];
rz(pi*-0.006790050544) q[2];
rz(pi*0.00239949185) q[3];
rz(pi*-0.002823394171) q[4];
rz(pi*0.002466302306) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004279239506) q[0];
rz(pi*-0.003844055663) q[1];
rz(pi*-0.0036983918) q[2];
rz(pi*-1.9726053e-05) q[3];
rz(pi*-0.005405290758) q[4];
rz(pi*0.002279560072) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
