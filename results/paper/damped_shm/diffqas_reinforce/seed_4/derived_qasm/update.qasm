// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.023168608793) q[0];
ry(pi*0.131923699835) q[1];
ry(pi*0.135677078512) q[2];
ry(pi*0.073981156049) q[3];
ry(pi*-0.011548964096) q[4];
ry(pi*0.020256375027) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.056065290009) q[0];
ry(pi*0.314369625943) q[1];
ry(pi*-0.026160034807) q[2];
ry(pi*0.293810566813) q[3];
ry(pi*-0.00991479272) q[4];
ry(pi*-0.008311351858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021191216853) q[0];
ry(pi*0.187146177703) q[1];
ry(pi*-0.090652272289) q[2];
ry(pi*0.113971078839) q[3];
ry(pi*-0.110012073523) q[4];
ry(pi*0.489703693467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.091640126343) q[0];
ry(pi*0.243384380591) q[1];
ry(pi*0.365362831703) q[2];
ry(pi*0.008979259575) q[3];
ry(pi*-0.386040394614) q[4];
ry(pi*-0.124763470233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.221657985214) q[0];
ry(pi*-0.003639254042) q[1];
ry(pi*-0.002002037984) q[2];
ry(pi*0.017692831905) q[3];
ry(pi*-0.094117141878) q[4];
ry(pi*0.0058975885) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
