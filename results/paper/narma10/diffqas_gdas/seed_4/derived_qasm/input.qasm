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
ry(pi*-0.01509200022) q[0];
ry(pi*-0.000990778822) q[1];
ry(pi*0.002966110143) q[2];
ry(pi*-0.007175551282) q[3];
ry(pi*-0.001860912906) q[4];
ry(pi*-0.00015343866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001608690828) q[0];
ry(pi*0.007902349814) q[1];
ry(pi*-0.000989871243) q[2];
ry(pi*0.002424663646) q[3];
ry(pi*5.8430833e-05) q[4];
ry(pi*-0.00090428414) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000316758657) q[0];
ry(pi*0.000301939774) q[1];
ry(pi*0.009532938899) q[2];
ry(pi*0.000405160655) q[3];
ry(pi*-0.012097221958) q[4];
ry(pi*0.000263351465) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018348270376) q[0];
ry(pi*-0.001892317546) q[1];
ry(pi*0.000156021724) q[2];
ry(pi*0.000367181142) q[3];
ry(pi*0.000105772299) q[4];
ry(pi*-1.6317904e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001610811922) q[0];
ry(pi*0.002948567763) q[1];
ry(pi*-0.007307988176) q[2];
ry(pi*0.001673415023) q[3];
ry(pi*0.004638787601) q[4];
ry(pi*0.001183664891) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
