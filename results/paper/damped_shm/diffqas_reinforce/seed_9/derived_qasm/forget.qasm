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
rx(pi*-5.58978e-07) q[0];
rx(pi*0.102937097962) q[1];
rx(pi*-0.435941832581) q[2];
rx(pi*-0.027879226623) q[3];
rx(pi*-0.000667643654) q[4];
rx(pi*-0.006352194508) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.51749725102) q[0];
rx(pi*0.353134364577) q[1];
rx(pi*-0.018168036388) q[2];
rx(pi*-0.00018626017) q[3];
rx(pi*0.012087180631) q[4];
rx(pi*0.002099377073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.461867712851) q[0];
rx(pi*-0.497180397988) q[1];
rx(pi*0.488034812635) q[2];
rx(pi*0.155110475034) q[3];
rx(pi*-0.001475186421) q[4];
rx(pi*0.001653738357) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.28267572681) q[0];
rx(pi*0.004885090626) q[1];
rx(pi*0.005385977687) q[2];
rx(pi*0.014730716415) q[3];
rx(pi*0.009685401528) q[4];
rx(pi*-0.00189179876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.1742731e-05) q[0];
rx(pi*0.050965183012) q[1];
rx(pi*-0.437039671654) q[2];
rx(pi*-0.022706022373) q[3];
rx(pi*0.002149023566) q[4];
rx(pi*0.003031278271) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
