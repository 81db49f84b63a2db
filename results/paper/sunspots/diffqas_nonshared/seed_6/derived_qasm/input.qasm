// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.012701285786) q[0];
ry(pi*-0.000134781936) q[1];
ry(pi*0.000193488676) q[2];
ry(pi*0.000535386853) q[3];
ry(pi*-0.00118823258) q[4];
ry(pi*-0.000772968195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003753485398) q[0];
ry(pi*0.002314344974) q[1];
ry(pi*-0.000762928721) q[2];
ry(pi*-0.001481056856) q[3];
ry(pi*0.000840560758) q[4];
ry(pi*-1.2636434e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000370413106) q[0];
ry(pi*9.563861e-05) q[1];
ry(pi*-2.202284e-06) q[2];
ry(pi*-4.5090629e-05) q[3];
ry(pi*-9.821763e-06) q[4];
ry(pi*0.001094629714) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00180330275) q[0];
ry(pi*0.001725367742) q[1];
ry(pi*0.000522860023) q[2];
ry(pi*8.7854902e-05) q[3];
ry(pi*-6.0321975e-05) q[4];
ry(pi*-9.750753e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000327528989) q[0];
ry(pi*-0.025473603167) q[1];
ry(pi*-0.03369209469) q[2];
ry(pi*0.000539629782) q[3];
ry(pi*0.000852389451) q[4];
ry(pi*0.002921139395) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
