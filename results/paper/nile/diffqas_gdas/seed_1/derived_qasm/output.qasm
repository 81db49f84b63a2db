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
ry(pi*-0.052652182819) q[0];
ry(pi*-0.266950297693) q[1];
ry(pi*-0.027922022027) q[2];
ry(pi*0.02832732735) q[3];
ry(pi*-0.088497565793) q[4];
ry(pi*0.102038947059) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.090523456819) q[0];
ry(pi*-0.013326725971) q[1];
ry(pi*-0.082380106863) q[2];
ry(pi*0.045153574261) q[3];
ry(pi*0.093558669563) q[4];
ry(pi*-0.029247911156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020388892555) q[0];
ry(pi*-0.054341293344) q[1];
ry(pi*0.050100808343) q[2];
ry(pi*0.022306207289) q[3];
ry(pi*-0.083865227148) q[4];
ry(pi*-0.054964766292) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.076254020075) q[0];
ry(pi*0.091620944896) q[1];
ry(pi*-0.2343479834) q[2];
ry(pi*0.091470680734) q[3];
ry(pi*-0.023238089366) q[4];
ry(pi*-0.009690123371) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.040416273633) q[0];
ry(pi*0.173021820818) q[1];
ry(pi*-0.088345717407) q[2];
ry(pi*0.199954338162) q[3];
ry(pi*-0.017467572029) q[4];
ry(pi*-0.004419781617) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
