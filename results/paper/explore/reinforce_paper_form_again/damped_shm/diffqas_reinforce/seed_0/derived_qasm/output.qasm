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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.24653573501) q[0];
ry(pi*-0.108258735504) q[1];
ry(pi*-0.122961106634) q[2];
ry(pi*-0.196827667287) q[3];
ry(pi*-0.154438754388) q[4];
ry(pi*1.35302e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.201326599057) q[0];
ry(pi*-0.200949724397) q[1];
ry(pi*-0.083659828181) q[2];
ry(pi*-0.025108484495) q[3];
ry(pi*-0.011910613127) q[4];
ry(pi*5.5519e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051493659413) q[0];
ry(pi*-0.073840401978) q[1];
ry(pi*-0.058563839612) q[2];
ry(pi*-0.122469114827) q[3];
ry(pi*-0.076293464418) q[4];
ry(pi*2.0083e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01433139818) q[0];
ry(pi*-0.056938396885) q[1];
ry(pi*-0.128575199595) q[2];
ry(pi*-0.111569584327) q[3];
ry(pi*-0.105045435064) q[4];
ry(pi*1.77976e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051375819677) q[0];
ry(pi*-0.219267513868) q[1];
ry(pi*-0.254142497716) q[2];
ry(pi*-0.210576553495) q[3];
ry(pi*-0.209176440606) q[4];
ry(pi*-0.000922220502) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
