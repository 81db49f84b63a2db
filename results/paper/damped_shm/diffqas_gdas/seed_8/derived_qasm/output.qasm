// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.004310818755) q[0];
rz(pi*0.00339339658) q[1];
rz(pi*-0.000874994665) q[2];
rz(pi*0.0016224895) q[3];
rz(pi*0.005680209429) q[4];
rz(pi*-0.000211115711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000803001017) q[0];
rz(pi*-0.003851261157) q[1];
rz(pi*-0.000500910629) q[2];
rz(pi*0.004085164602) q[3];
rz(pi*-0.002197167209) q[4];
rz(pi*-0.006636614968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003336467665) q[0];
rz(pi*0.001409514182) q[1];
rz(pi*-0.004291206863) q[2];
rz(pi*-0.001565508262) q[3];
rz(pi*0.004500137132) q[4];
rz(pi*6.8879449e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006377790523) q[0];
rz(pi*0.001369982683) q[1];
rz(pi*0.002460084432) q[2];
rz(pi*-0.003737640486) q[3];
rz(pi*0.00035110815) q[4];
rz(pi*-0.003928859399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005358027865) q[0];
rz(pi*0.00573028444) q[1];
rz(pi*-0.002328322702) q[2];
rz(pi*-0.003922494635) q[3];
rz(pi*0.001972838184) q[4];
rz(pi*-0.003872840582) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
