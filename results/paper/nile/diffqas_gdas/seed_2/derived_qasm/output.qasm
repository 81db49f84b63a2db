// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016823076091) q[0];
ry(pi*0.006006871527) q[1];
ry(pi*-0.002360985472) q[2];
ry(pi*-0.001626639789) q[3];
ry(pi*-0.002466300823) q[4];
ry(pi*-0.002929486811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00229590791) q[0];
ry(pi*0.130717725587) q[1];
ry(pi*0.000678143588) q[2];
ry(pi*-0.000401573398) q[3];
ry(pi*-0.000378407858) q[4];
ry(pi*-0.000669734436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000751180218) q[0];
ry(pi*1.792903e-05) q[1];
ry(pi*5.070868e-05) q[2];
ry(pi*-0.00236995973) q[3];
ry(pi*-7.2368026e-05) q[4];
ry(pi*-0.005368036582) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002049674403) q[0];
ry(pi*0.002192156032) q[1];
ry(pi*-0.000527939309) q[2];
ry(pi*0.000199448731) q[3];
ry(pi*-4.5608234e-05) q[4];
ry(pi*-0.000470095181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.3166558e-05) q[0];
ry(pi*9.0357016e-05) q[1];
ry(pi*-0.078771627804) q[2];
ry(pi*0.123140019645) q[3];
ry(pi*-0.169762796055) q[4];
ry(pi*-0.003435423588) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
