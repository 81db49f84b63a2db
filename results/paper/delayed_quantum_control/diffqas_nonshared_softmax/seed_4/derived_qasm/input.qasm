// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.000216656717) q[0];
ry(pi*4.7736165e-05) q[1];
ry(pi*0.000945712172) q[2];
ry(pi*-0.005871894657) q[3];
ry(pi*-1.8310434e-05) q[4];
ry(pi*-1.7899639e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002247893667) q[0];
ry(pi*-0.00442848329) q[1];
ry(pi*-0.00830223486) q[2];
ry(pi*-0.000104937017) q[3];
ry(pi*-0.00075164001) q[4];
ry(pi*5.987738e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.7057788e-05) q[0];
ry(pi*-1.4777485e-05) q[1];
ry(pi*-4.22254e-06) q[2];
ry(pi*-3.624092e-06) q[3];
ry(pi*3.451359e-06) q[4];
ry(pi*0.00012231648) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.156070192503) q[0];
ry(pi*2.0553519e-05) q[1];
ry(pi*-3.2880802e-05) q[2];
ry(pi*1.7687983e-05) q[3];
ry(pi*0.007983277477) q[4];
ry(pi*0.003690343501) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006056827365) q[0];
ry(pi*0.001236554167) q[1];
ry(pi*0.143978110974) q[2];
ry(pi*-9.098295e-05) q[3];
ry(pi*0.019580079578) q[4];
ry(pi*0.002938586319) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
