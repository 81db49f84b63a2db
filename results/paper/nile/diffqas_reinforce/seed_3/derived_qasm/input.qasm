// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.008116782773) q[0];
ry(pi*0.090161361929) q[1];
ry(pi*-0.325902665975) q[2];
ry(pi*-0.161492252799) q[3];
ry(pi*0.028493713604) q[4];
ry(pi*0.061503443937) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002674538735) q[0];
ry(pi*0.116138886018) q[1];
ry(pi*0.125652277058) q[2];
ry(pi*0.185047203653) q[3];
ry(pi*-0.302402887871) q[4];
ry(pi*-0.097803537269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013112186883) q[0];
ry(pi*0.304947266146) q[1];
ry(pi*0.029306895057) q[2];
ry(pi*0.074906400036) q[3];
ry(pi*-0.120647048029) q[4];
ry(pi*-0.152048283042) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056883532442) q[0];
ry(pi*0.042877195534) q[1];
ry(pi*0.159457748145) q[2];
ry(pi*0.02536757871) q[3];
ry(pi*0.17928650827) q[4];
ry(pi*0.217669477275) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.307106118188) q[0];
ry(pi*-0.128163139974) q[1];
ry(pi*-0.422667891166) q[2];
ry(pi*0.007248192004) q[3];
ry(pi*-0.052191396439) q[4];
ry(pi*0.001206397059) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
