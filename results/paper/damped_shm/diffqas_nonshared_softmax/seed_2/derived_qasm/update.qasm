// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.004612245913) q[0];
ry(pi*-0.007869585065) q[1];
ry(pi*-0.024409649422) q[2];
ry(pi*0.009837055443) q[3];
ry(pi*-0.006626482928) q[4];
ry(pi*-0.007058227961) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.046367279904) q[0];
ry(pi*0.273946953751) q[1];
ry(pi*-0.355888866033) q[2];
ry(pi*-0.110986362063) q[3];
ry(pi*-0.002788241227) q[4];
ry(pi*-0.004062161034) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.096116423625) q[0];
ry(pi*0.122854916165) q[1];
ry(pi*0.066626958561) q[2];
ry(pi*-0.032498957878) q[3];
ry(pi*-0.019824816165) q[4];
ry(pi*0.091805084898) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016564287812) q[0];
ry(pi*-0.256926444876) q[1];
ry(pi*0.151618474416) q[2];
ry(pi*-0.3962883725) q[3];
ry(pi*-0.484186456383) q[4];
ry(pi*-0.105533613348) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03723520789) q[0];
ry(pi*-0.002518202405) q[1];
ry(pi*-0.00406945487) q[2];
ry(pi*0.091193242244) q[3];
ry(pi*-0.012220689485) q[4];
ry(pi*-0.003265610381) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
