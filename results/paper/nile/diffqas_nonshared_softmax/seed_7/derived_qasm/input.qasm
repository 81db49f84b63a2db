// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.006125920776) q[0];
ry(pi*-0.001702056905) q[1];
ry(pi*-0.016407245636) q[2];
ry(pi*-0.002162041835) q[3];
ry(pi*-0.00591897968) q[4];
ry(pi*-0.023751579668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005922625412) q[0];
ry(pi*0.000300633971) q[1];
ry(pi*0.000165977321) q[2];
ry(pi*-0.010655704605) q[3];
ry(pi*-0.02272712244) q[4];
ry(pi*0.014032546573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.0632011e-05) q[0];
ry(pi*-0.00014399353) q[1];
ry(pi*-0.000285588952) q[2];
ry(pi*-0.005497354237) q[3];
ry(pi*-0.006389838218) q[4];
ry(pi*-0.043299680679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011211310849) q[0];
ry(pi*-0.004387683285) q[1];
ry(pi*-0.034129641826) q[2];
ry(pi*-0.108062784966) q[3];
ry(pi*-0.024646474373) q[4];
ry(pi*-0.022952551885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000512783863) q[0];
ry(pi*-0.000163466526) q[1];
ry(pi*0.015362004949) q[2];
ry(pi*-0.001348878466) q[3];
ry(pi*0.001438591252) q[4];
ry(pi*-0.002150689907) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
