// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.216001450216) q[0];
ry(pi*-0.204767458633) q[1];
ry(pi*0.310471219583) q[2];
ry(pi*-0.032115485444) q[3];
ry(pi*0.012405434244) q[4];
ry(pi*-0.012359931666) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.210054897797) q[0];
ry(pi*-0.030453494091) q[1];
ry(pi*0.003889188865) q[2];
ry(pi*-0.054498539477) q[3];
ry(pi*-0.031801804264) q[4];
ry(pi*-0.000870965179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081594663567) q[0];
ry(pi*-0.409824099887) q[1];
ry(pi*-0.064492699943) q[2];
ry(pi*-0.504283908561) q[3];
ry(pi*-0.079688443147) q[4];
ry(pi*-0.015294160775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.035188736176) q[0];
ry(pi*0.035341630435) q[1];
ry(pi*-5.6715731e-05) q[2];
ry(pi*0.014731240537) q[3];
ry(pi*-0.116982556676) q[4];
ry(pi*-0.00078217272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01036138037) q[0];
ry(pi*-0.009616177086) q[1];
ry(pi*0.03785368152) q[2];
ry(pi*0.013313705923) q[3];
ry(pi*0.330429070283) q[4];
ry(pi*-0.002097112942) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
