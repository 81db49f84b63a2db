// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.113813576574) q[0];
ry(pi*0.084396207951) q[1];
ry(pi*-0.428132611685) q[2];
ry(pi*-0.032049410479) q[3];
ry(pi*0.031045543426) q[4];
ry(pi*-0.012427724851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.201752062924) q[0];
ry(pi*0.411303253243) q[1];
ry(pi*-0.387065416281) q[2];
ry(pi*-0.028689578765) q[3];
ry(pi*0.034392582765) q[4];
ry(pi*-0.006633351656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078405752594) q[0];
ry(pi*-0.244696403012) q[1];
ry(pi*0.402585427459) q[2];
ry(pi*0.037713354335) q[3];
ry(pi*0.052053706466) q[4];
ry(pi*0.000632648866) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.207136851257) q[0];
ry(pi*0.498646801657) q[1];
ry(pi*-0.25870768232) q[2];
ry(pi*0.193283728773) q[3];
ry(pi*-0.051659452768) q[4];
ry(pi*0.002181525513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.291151194715) q[0];
ry(pi*0.014213789674) q[1];
ry(pi*0.443955921208) q[2];
ry(pi*0.323904038787) q[3];
ry(pi*0.431852408598) q[4];
ry(pi*-0.003635923732) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
