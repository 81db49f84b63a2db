// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000547637431) q[0];
ry(pi*0.00071035835) q[1];
ry(pi*-0.001536394432) q[2];
ry(pi*0.003816225607) q[3];
ry(pi*0.000229230294) q[4];
ry(pi*0.00107617012) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000417395854) q[0];
ry(pi*-0.003823758677) q[1];
ry(pi*-0.000971031378) q[2];
ry(pi*-0.00021309979) q[3];
ry(pi*0.002905090526) q[4];
ry(pi*0.002700257777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000904186164) q[0];
ry(pi*-0.000644584132) q[1];
ry(pi*-0.00310882908) q[2];
ry(pi*-0.000754939786) q[3];
ry(pi*-0.000914111134) q[4];
ry(pi*-0.000181339392) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007985572586) q[0];
ry(pi*-0.00065566518) q[1];
ry(pi*-0.000303973786) q[2];
ry(pi*0.000478187058) q[3];
ry(pi*-0.001002594397) q[4];
ry(pi*-0.000378885623) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.1872e-06) q[0];
ry(pi*0.003016865801) q[1];
ry(pi*-0.004181510883) q[2];
ry(pi*0.004365522226) q[3];
ry(pi*-0.00112190667) q[4];
ry(pi*0.000539269226) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
