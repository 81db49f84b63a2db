// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.323656482375) q[0];
rx(pi*-0.021721749425) q[1];
rx(pi*-0.115189983015) q[2];
rx(pi*-0.054699645859) q[3];
rx(pi*0.001630813793) q[4];
rx(pi*-0.001674366921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.322334613098) q[0];
rx(pi*0.194214285129) q[1];
rx(pi*-0.027744399163) q[2];
rx(pi*0.013383265945) q[3];
rx(pi*-0.00722705992) q[4];
rx(pi*0.000774560572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.130913372562) q[0];
rx(pi*0.061956802486) q[1];
rx(pi*-0.213559486833) q[2];
rx(pi*-0.069446840105) q[3];
rx(pi*0.007642280282) q[4];
rx(pi*-0.004824703631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.764278284685) q[0];
rx(pi*0.330579410336) q[1];
rx(pi*-0.045465102035) q[2];
rx(pi*-0.017250228532) q[3];
rx(pi*-0.006218734272) q[4];
rx(pi*0.001703412271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042788554856) q[0];
rx(pi*-0.054418507684) q[1];
rx(pi*-0.112558662123) q[2];
rx(pi*-0.051908047938) q[3];
rx(pi*0.00371706632) q[4];
rx(pi*0.003153155941) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
