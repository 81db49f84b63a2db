// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002902569522) q[0];
ry(pi*-0.008303663745) q[1];
ry(pi*-0.002132595538) q[2];
ry(pi*0.001389583162) q[3];
ry(pi*-0.001290633465) q[4];
ry(pi*0.539330785503) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002029551136) q[0];
ry(pi*0.106448061841) q[1];
ry(pi*0.002544936192) q[2];
ry(pi*-0.003177350641) q[3];
ry(pi*-0.007492795782) q[4];
ry(pi*-0.001865149461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001649106635) q[0];
ry(pi*0.002384654716) q[1];
ry(pi*-0.278486468228) q[2];
ry(pi*1.3536756e-05) q[3];
ry(pi*0.002819234396) q[4];
ry(pi*0.000704816529) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.501185469135) q[0];
ry(pi*0.019008418832) q[1];
ry(pi*-0.000147415711) q[2];
ry(pi*0.001002115706) q[3];
ry(pi*-0.002239898284) q[4];
ry(pi*0.004143687821) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005466217587) q[0];
ry(pi*-0.203726177322) q[1];
ry(pi*-0.21998937) q[2];
ry(pi*-0.391806326475) q[3];
ry(pi*-0.50320644622) q[4];
ry(pi*-0.001170625796) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
