// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.000727559147) q[0];
ry(pi*-0.001128137068) q[1];
ry(pi*0.002855812668) q[2];
ry(pi*0.003056942173) q[3];
ry(pi*-0.152863836088) q[4];
ry(pi*-0.003089532314) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018829699106) q[0];
ry(pi*-0.000387990986) q[1];
ry(pi*-0.03026978809) q[2];
ry(pi*-0.000827795656) q[3];
ry(pi*-0.000918462193) q[4];
ry(pi*-0.01205622185) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000444581504) q[0];
ry(pi*-0.0007791688) q[1];
ry(pi*-0.001186985863) q[2];
ry(pi*-0.000108111237) q[3];
ry(pi*0.011877422676) q[4];
ry(pi*-0.002522895196) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.170295057519) q[0];
ry(pi*0.003565863007) q[1];
ry(pi*0.004854552802) q[2];
ry(pi*-8.6408702e-05) q[3];
ry(pi*0.015720760636) q[4];
ry(pi*-0.029437014903) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00026430014) q[0];
ry(pi*-0.002768605322) q[1];
ry(pi*0.033906315984) q[2];
ry(pi*-0.001743665772) q[3];
ry(pi*0.101997406228) q[4];
ry(pi*-0.002949098703) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
