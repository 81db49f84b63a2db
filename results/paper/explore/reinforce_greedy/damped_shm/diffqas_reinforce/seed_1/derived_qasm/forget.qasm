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
rx(pi*2.092503e-06) q[0];
rx(pi*0.000247953876) q[1];
rx(pi*-0.001283839442) q[2];
rx(pi*-0.025434611799) q[3];
rx(pi*-0.001232082231) q[4];
rx(pi*0.003599765528) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.49911926102) q[0];
rx(pi*-0.500059246832) q[1];
rx(pi*0.177768441809) q[2];
rx(pi*-0.021567275685) q[3];
rx(pi*-0.016206551911) q[4];
rx(pi*-0.001779810931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.430023094211) q[0];
rx(pi*-0.498842562468) q[1];
rx(pi*0.499997243893) q[2];
rx(pi*0.048168021333) q[3];
rx(pi*0.00159226947) q[4];
rx(pi*0.000772111383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.500201428603) q[0];
rx(pi*-1.22996e-07) q[1];
rx(pi*-0.011261581515) q[2];
rx(pi*-0.017391620563) q[3];
rx(pi*-0.009284318827) q[4];
rx(pi*0.002968375015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.072014682926) q[0];
rx(pi*-1.0897e-08) q[1];
rx(pi*0.001263787768) q[2];
rx(pi*-0.022132096755) q[3];
rx(pi*-0.00038236979) q[4];
rx(pi*-0.005990831255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
