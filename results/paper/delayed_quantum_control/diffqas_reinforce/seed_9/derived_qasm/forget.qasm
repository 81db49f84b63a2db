// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rx(pi*-0.501796467502) q[0];
rx(pi*3.7684629e-05) q[1];
rx(pi*0.000590319628) q[2];
rx(pi*-0.522743519322) q[3];
rx(pi*-6.766004e-06) q[4];
rx(pi*-0.00016258811) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001374903591) q[0];
rx(pi*0.002160432413) q[1];
rx(pi*-0.000537843268) q[2];
rx(pi*0.00030801826) q[3];
rx(pi*8.269009e-06) q[4];
rx(pi*5.9903208e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000515206594) q[0];
rx(pi*-0.000273642217) q[1];
rx(pi*-0.002305643746) q[2];
rx(pi*-0.499840642833) q[3];
rx(pi*0.005578024582) q[4];
rx(pi*0.514750680173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000141127598) q[0];
rx(pi*9.667407e-05) q[1];
rx(pi*2.655935e-06) q[2];
rx(pi*-2.1978821e-05) q[3];
rx(pi*-2.0700826e-05) q[4];
rx(pi*-0.002197976367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.050037790362) q[0];
rx(pi*0.005625786696) q[1];
rx(pi*0.489839386559) q[2];
rx(pi*0.001328882672) q[3];
rx(pi*3.0525525e-05) q[4];
rx(pi*-0.003386096519) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
