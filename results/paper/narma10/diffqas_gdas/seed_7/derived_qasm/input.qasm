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
rx(pi*-0.004400388208) q[0];
rx(pi*-0.00196723144) q[1];
rx(pi*-0.006453586057) q[2];
rx(pi*-0.002419939284) q[3];
rx(pi*0.004323692357) q[4];
rx(pi*-0.005278881862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000127444708) q[0];
rx(pi*0.002539597439) q[1];
rx(pi*-0.002427186281) q[2];
rx(pi*-0.000621255397) q[3];
rx(pi*0.000366051893) q[4];
rx(pi*0.000197487905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004989913278) q[0];
rx(pi*0.000383730752) q[1];
rx(pi*0.00398722461) q[2];
rx(pi*-0.00631591565) q[3];
rx(pi*0.002515859864) q[4];
rx(pi*0.000355281191) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001851664432) q[0];
rx(pi*0.008180528834) q[1];
rx(pi*0.005041793071) q[2];
rx(pi*-0.008022479917) q[3];
rx(pi*0.000434617773) q[4];
rx(pi*0.003818764397) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001227525659) q[0];
rx(pi*0.001956039743) q[1];
rx(pi*-0.000209378704) q[2];
rx(pi*0.002123919211) q[3];
rx(pi*0.004578960895) q[4];
rx(pi*-0.002150699689) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
