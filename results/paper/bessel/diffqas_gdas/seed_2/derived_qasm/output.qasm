// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*6.5691583e-05) q[0];
ry(0) q[1];
ry(pi*0.000285717704) q[2];
ry(pi*0.023359552897) q[3];
ry(pi*0.0006984342) q[4];
ry(pi*-0.046274816218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*-7.746424e-06) q[2];
ry(pi*7.1057938e-05) q[3];
ry(pi*0.006036362885) q[4];
ry(pi*-0.015484388658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.5978e-08) q[0];
ry(0) q[1];
ry(pi*4.982433e-06) q[2];
ry(pi*-0.014989426431) q[3];
ry(pi*0.003713352701) q[4];
ry(pi*0.219606177415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(0) q[1];
ry(pi*2.35155e-07) q[2];
ry(pi*0.000319373042) q[3];
ry(pi*-0.00681719936) q[4];
ry(pi*0.19160856796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063561617093) q[0];
ry(0) q[1];
ry(pi*-0.000284937524) q[2];
ry(pi*0.017521767683) q[3];
ry(pi*3.0442126e-05) q[4];
ry(pi*0.00237607607) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
