// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.039921146579) q[0];
ry(pi*0.000832803795) q[1];
ry(pi*0.02228217119) q[2];
ry(pi*0.025444420709) q[3];
ry(pi*0.134809198628) q[4];
ry(pi*-0.003259547699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.032725634781) q[0];
ry(pi*0.02837862966) q[1];
ry(pi*0.031435680037) q[2];
ry(pi*-0.004995341262) q[3];
ry(pi*0.393171074162) q[4];
ry(pi*0.024002280813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003681629081) q[0];
ry(pi*-0.010129114807) q[1];
ry(pi*-0.024476461953) q[2];
ry(pi*-0.181448471843) q[3];
ry(pi*-0.228217774784) q[4];
ry(pi*-0.076487721638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021452153795) q[0];
ry(pi*0.013598655249) q[1];
ry(pi*-0.021617306821) q[2];
ry(pi*-0.305004962272) q[3];
ry(pi*0.076218265932) q[4];
ry(pi*-0.217698733252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006652531918) q[0];
ry(pi*0.010115864714) q[1];
ry(pi*0.019088678298) q[2];
ry(pi*0.13661783272) q[3];
ry(pi*0.377341010341) q[4];
ry(pi*-9.3074853e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
