// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.026303643375) q[0];
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
ry(pi*0.219777102898) q[0];
ry(pi*0.172347965738) q[1];
ry(pi*0.095251778595) q[2];
ry(pi*0.141741736285) q[3];
ry(pi*-0.138623005506) q[4];
ry(pi*-0.001363342814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.195682206618) q[0];
ry(pi*-0.233155811826) q[1];
ry(pi*0.118845756391) q[2];
ry(pi*-0.021331418344) q[3];
ry(pi*0.017142840409) q[4];
ry(pi*-0.00032042162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.111345241072) q[0];
ry(pi*0.072570456367) q[1];
ry(pi*-0.078049762186) q[2];
ry(pi*0.179997530963) q[3];
ry(pi*0.119514356019) q[4];
ry(pi*0.000355576825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002552944174) q[0];
ry(pi*-0.037584270874) q[1];
ry(pi*-0.137304703105) q[2];
ry(pi*0.133354766762) q[3];
ry(pi*-0.142550639383) q[4];
ry(pi*0.001622836049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.053726614264) q[0];
ry(pi*0.12862180615) q[1];
ry(pi*0.113135158548) q[2];
ry(pi*0.185498925802) q[3];
ry(pi*0.182766318897) q[4];
ry(pi*0.002119628258) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
