// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.025191113183) q[0];
ry(pi*0.115910226463) q[1];
ry(pi*-0.008061659827) q[2];
ry(pi*0.006027082839) q[3];
ry(pi*-0.004111400354) q[4];
ry(pi*0.010403806991) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022970571252) q[0];
ry(pi*0.050171756933) q[1];
ry(pi*-0.062209348731) q[2];
ry(pi*0.10652566038) q[3];
ry(pi*0.0018650377) q[4];
ry(pi*0.032676798928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021183321818) q[0];
ry(pi*0.038851598245) q[1];
ry(pi*0.241846392744) q[2];
ry(pi*-0.036862300906) q[3];
ry(pi*0.01736822005) q[4];
ry(pi*-0.003583853322) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041094070301) q[0];
ry(pi*0.228535758035) q[1];
ry(pi*0.055913379961) q[2];
ry(pi*-0.181127946243) q[3];
ry(pi*0.142144651042) q[4];
ry(pi*-0.057680340413) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.118061280705) q[0];
ry(pi*0.078018158331) q[1];
ry(pi*0.078491988475) q[2];
ry(pi*-0.045004899067) q[3];
ry(pi*0.013095467149) q[4];
ry(pi*-0.001310299459) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
