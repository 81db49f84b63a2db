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
rx(pi*0.02828714307) q[0];
rx(pi*-0.003838551788) q[1];
rx(pi*-0.00120195499) q[2];
rx(pi*0.006502346612) q[3];
rx(pi*0.00205851511) q[4];
rx(pi*0.002110594117) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019933013002) q[0];
rx(pi*-0.00554487682) q[1];
rx(pi*0.000533057356) q[2];
rx(pi*0.000346997919) q[3];
rx(pi*-0.003906785792) q[4];
rx(pi*-0.002174780998) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021316446474) q[0];
rx(pi*-0.00330612283) q[1];
rx(pi*-0.000312806174) q[2];
rx(pi*0.000303928781) q[3];
rx(pi*0.000113272251) q[4];
rx(pi*-0.001611576316) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.023459209626) q[0];
rx(pi*0.002537789692) q[1];
rx(pi*0.001021291743) q[2];
rx(pi*-0.002604507656) q[3];
rx(pi*0.00232892227) q[4];
rx(pi*-0.001596133241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024344321508) q[0];
rx(pi*-0.003710489594) q[1];
rx(pi*0.002910839268) q[2];
rx(pi*-6.3863871e-05) q[3];
rx(pi*-0.003974891138) q[4];
rx(pi*-0.000999173225) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
