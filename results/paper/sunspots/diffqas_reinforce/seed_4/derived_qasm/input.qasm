// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rx(pi*1.0e-12) q[0];
rx(pi*3.84e-10) q[1];
rx(pi*0.003717931951) q[2];
rx(pi*-0.002025831143) q[3];
rx(pi*0.002446208091) q[4];
rx(pi*0.000348657478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.82e-10) q[0];
rx(pi*-9.538e-09) q[1];
rx(pi*-2.2e-11) q[2];
rx(pi*-1.025762e-06) q[3];
rx(pi*0.000698606067) q[4];
rx(pi*-0.003390100362) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*1.5e-11) q[1];
rx(pi*-3.0e-11) q[2];
rx(pi*-1.094656e-06) q[3];
rx(pi*0.000112979674) q[4];
rx(pi*-0.001113957756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.1e-11) q[0];
rx(pi*1.1e-10) q[1];
rx(pi*-9.82e-10) q[2];
rx(pi*9.4073e-08) q[3];
rx(pi*-0.000733407274) q[4];
rx(pi*0.00339249241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.0e-11) q[0];
rx(pi*-2.4e-11) q[1];
rx(pi*-0.003717917722) q[2];
rx(pi*0.00202591326) q[3];
rx(pi*-0.002552812551) q[4];
rx(pi*0.008477294032) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
