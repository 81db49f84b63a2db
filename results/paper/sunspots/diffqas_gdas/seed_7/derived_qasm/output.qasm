// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
ry(pi*-4.69e-09) q[0];
ry(pi*1.78569e-07) q[1];
ry(pi*-0.003460425815) q[2];
ry(pi*-0.044789188412) q[3];
ry(pi*-0.000305984007) q[4];
ry(pi*-0.0031119332) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.916742e-06) q[0];
ry(pi*2.8501e-08) q[1];
ry(pi*-4.0974947e-05) q[2];
ry(pi*8.7719591e-05) q[3];
ry(pi*-0.000489222934) q[4];
ry(pi*-0.039968995849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.79776e-07) q[0];
ry(pi*6.142622e-06) q[1];
ry(pi*5.800758e-06) q[2];
ry(pi*0.004995979221) q[3];
ry(pi*-0.002236756219) q[4];
ry(pi*-0.007098783988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.861571e-06) q[0];
ry(pi*1.22608e-07) q[1];
ry(pi*-0.000128691592) q[2];
ry(pi*0.000154622919) q[3];
ry(pi*0.000745307411) q[4];
ry(pi*-0.026671748785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000326692261) q[0];
ry(pi*-7.05876e-07) q[1];
ry(pi*0.00346704434) q[2];
ry(pi*0.045724132216) q[3];
ry(pi*0.002613275733) q[4];
ry(pi*0.003794888677) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
