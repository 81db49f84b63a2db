// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004184061531) q[0];
rx(pi*0.00252710596) q[1];
rx(pi*0.000199391646) q[2];
rx(pi*-0.000639996507) q[3];
rx(pi*0.001129463456) q[4];
rx(pi*-0.001777334246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0010247476) q[0];
rx(pi*-0.004215398582) q[1];
rx(pi*-0.005431941539) q[2];
rx(pi*0.004076260158) q[3];
rx(pi*-0.003098118964) q[4];
rx(pi*-0.002147540727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0024997938) q[0];
rx(pi*0.00492137897) q[1];
rx(pi*-0.001616267476) q[2];
rx(pi*-0.002236144793) q[3];
rx(pi*-0.000403148507) q[4];
rx(pi*-0.002912586243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00041486529) q[0];
rx(pi*0.001085574673) q[1];
rx(pi*0.001366312198) q[2];
rx(pi*0.002491644709) q[3];
rx(pi*0.00215071303) q[4];
rx(pi*0.005987492051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00233183266) q[0];
rx(pi*-0.004734694544) q[1];
rx(pi*0.003007027542) q[2];
rx(pi*-0.004175761251) q[3];
rx(pi*-0.004693245612) q[4];
rx(pi*0.002386413846) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
