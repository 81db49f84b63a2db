// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rx(pi*-2.772502e-06) q[0];
rx(pi*-0.044618130119) q[1];
rx(pi*-0.002423193407) q[2];
rx(pi*-0.00180520047) q[3];
rx(pi*-0.000361497026) q[4];
rx(pi*0.004686197829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.170744218348) q[0];
rx(pi*3.6546793e-05) q[1];
rx(pi*-3.2215031e-05) q[2];
rx(pi*-1.8633906e-05) q[3];
rx(pi*-0.001120070093) q[4];
rx(pi*0.000803934017) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000284954736) q[0];
rx(pi*0.000413835351) q[1];
rx(pi*0.002282452675) q[2];
rx(pi*-0.0001080105) q[3];
rx(pi*-0.000659888247) q[4];
rx(pi*0.000143117263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.944173e-05) q[0];
rx(pi*0.000550059458) q[1];
rx(pi*0.448844970615) q[2];
rx(pi*0.741073096435) q[3];
rx(pi*0.008815221198) q[4];
rx(pi*0.000877058396) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.0e-11) q[0];
rx(pi*0.00011020906) q[1];
rx(pi*0.002420733768) q[2];
rx(pi*0.001759542997) q[3];
rx(pi*0.00104316243) q[4];
rx(pi*-0.001016351195) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
