// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
ry(pi*-0.056621238948) q[0];
ry(pi*0.104589643259) q[1];
ry(pi*0.349364213992) q[2];
ry(pi*-0.420663458318) q[3];
ry(pi*0.476464472181) q[4];
ry(pi*0.497179942642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08142081628) q[0];
ry(pi*0.257262641965) q[1];
ry(pi*-0.183466109723) q[2];
ry(pi*0.000604572015) q[3];
ry(pi*0.003247198812) q[4];
ry(pi*-7.4561388e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121986912958) q[0];
ry(pi*0.28057233211) q[1];
ry(pi*0.005549467039) q[2];
ry(pi*-0.083646234207) q[3];
ry(pi*-0.002818590508) q[4];
ry(pi*-0.002812511818) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.176510396855) q[0];
ry(pi*-0.141146608622) q[1];
ry(pi*0.010612286657) q[2];
ry(pi*-0.042237178349) q[3];
ry(pi*0.002840894159) q[4];
ry(pi*-0.00507373132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.071202990834) q[0];
ry(pi*-0.416854641273) q[1];
ry(pi*0.434709932074) q[2];
ry(pi*0.0683185308) q[3];
ry(pi*0.214761638073) q[4];
ry(pi*-0.006741873994) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
