// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104602838805) q[0];
ry(pi*0.182582283245) q[1];
ry(pi*-0.061042742934) q[2];
ry(pi*0.243530451775) q[3];
ry(pi*0.305085103158) q[4];
ry(pi*-0.417795575722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000530382161) q[0];
ry(pi*-0.236922319644) q[1];
ry(pi*0.231219111687) q[2];
ry(pi*-0.104327809855) q[3];
ry(pi*0.195830573505) q[4];
ry(pi*-0.051043787106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011345877433) q[0];
ry(pi*0.021358233951) q[1];
ry(pi*-0.106752014746) q[2];
ry(pi*0.263329576468) q[3];
ry(pi*-0.030229179295) q[4];
ry(pi*0.004475756855) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.122005392414) q[0];
ry(pi*0.059814048821) q[1];
ry(pi*0.099964153776) q[2];
ry(pi*-0.266697618639) q[3];
ry(pi*-0.087246379487) q[4];
ry(pi*-0.010574373179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.042414151397) q[0];
ry(pi*-0.107518342998) q[1];
ry(pi*0.015202012511) q[2];
ry(pi*0.019330366202) q[3];
ry(pi*-0.156342821401) q[4];
ry(pi*0.001255964177) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
