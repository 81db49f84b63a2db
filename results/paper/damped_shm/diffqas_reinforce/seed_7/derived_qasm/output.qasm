// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*-0.000128465271) q[0];
rx(pi*0.000286211051) q[1];
rx(pi*-7.9995e-08) q[2];
rx(pi*1.4156e-07) q[3];
rx(pi*-1.0407473e-05) q[4];
rx(pi*0.000999964744) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.179595e-05) q[0];
rx(pi*-6.9636e-08) q[1];
rx(pi*1.8376e-08) q[2];
rx(pi*0.000101057359) q[3];
rx(pi*-0.000131107671) q[4];
rx(pi*-2.1429089e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.5121488e-05) q[0];
rx(pi*-1.506974e-06) q[1];
rx(pi*3.74e-09) q[2];
rx(pi*1.663005e-06) q[3];
rx(pi*1.0785e-08) q[4];
rx(pi*-1.7342097e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.597477e-06) q[0];
rx(pi*-0.00023956694) q[1];
rx(pi*-2.8139938e-05) q[2];
rx(pi*6.58755e-06) q[3];
rx(pi*2.8182e-07) q[4];
rx(pi*-0.001823185893) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000290177911) q[0];
rx(pi*-3.213e-09) q[1];
rx(pi*-1.3023314e-05) q[2];
rx(pi*-9.9812958e-05) q[3];
rx(pi*-4.608186e-06) q[4];
rx(pi*0.000613528412) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
