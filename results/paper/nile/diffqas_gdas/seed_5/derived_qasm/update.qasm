// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.314077995838) q[0];
ry(pi*0.002251197889) q[1];
ry(pi*-0.034709074284) q[2];
ry(pi*-0.449110437301) q[3];
ry(pi*0.498998822018) q[4];
ry(pi*0.50464192431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013041409048) q[0];
ry(pi*-0.173836017312) q[1];
ry(pi*-0.045703124641) q[2];
ry(pi*0.006195304114) q[3];
ry(pi*-0.02669993043) q[4];
ry(pi*0.044063736945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.053245958674) q[0];
ry(pi*0.044073792501) q[1];
ry(pi*0.075543941277) q[2];
ry(pi*0.005833356263) q[3];
ry(pi*-0.024104098063) q[4];
ry(pi*-0.001081064792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.236767900451) q[0];
ry(pi*0.150562887653) q[1];
ry(pi*0.017659945019) q[2];
ry(pi*-0.054423549691) q[3];
ry(pi*0.102043936892) q[4];
ry(pi*-0.000920124458) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.119756144716) q[0];
ry(pi*0.066406016171) q[1];
ry(pi*-0.042526508008) q[2];
ry(pi*-0.044512978408) q[3];
ry(pi*0.037739655306) q[4];
ry(pi*0.003938512673) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
