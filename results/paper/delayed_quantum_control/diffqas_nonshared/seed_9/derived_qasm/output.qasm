// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.028132664587) q[0];
ry(pi*0.370000226586) q[1];
ry(pi*-0.090511342719) q[2];
ry(pi*-0.000521210468) q[3];
ry(pi*-4.2894e-08) q[4];
ry(pi*5.898e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.203500344706) q[0];
ry(pi*-0.173390366442) q[1];
ry(pi*0.065312574033) q[2];
ry(pi*-5.6932065e-05) q[3];
ry(pi*-3.957e-09) q[4];
ry(pi*-1.2022e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.254157201595) q[0];
ry(pi*0.023448717696) q[1];
ry(pi*-0.134525261972) q[2];
ry(pi*-0.000574862508) q[3];
ry(pi*-3.1649e-08) q[4];
ry(pi*1.75213e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.329358855531) q[0];
ry(pi*-0.363791812303) q[1];
ry(pi*0.024698497647) q[2];
ry(pi*4.9968182e-05) q[3];
ry(pi*-0.003672611689) q[4];
ry(pi*1.7685836e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.332584146748) q[0];
ry(pi*-0.586608671919) q[1];
ry(pi*-0.107530997821) q[2];
ry(pi*-0.004311669268) q[3];
ry(pi*0.002599133032) q[4];
ry(pi*0.003696094911) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
