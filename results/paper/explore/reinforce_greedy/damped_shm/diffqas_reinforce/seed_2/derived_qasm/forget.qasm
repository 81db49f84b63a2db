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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.228361948694) q[0];
rx(pi*-0.264888434337) q[1];
rx(pi*-0.000619688256) q[2];
rx(pi*-0.200176679792) q[3];
rx(pi*-0.003956390338) q[4];
rx(pi*0.155550367676) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.227099672817) q[0];
rx(pi*0.252560341313) q[1];
rx(pi*0.230626004621) q[2];
rx(pi*-0.087947346623) q[3];
rx(pi*0.009504488078) q[4];
rx(pi*-0.260377587682) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.226254019506) q[0];
rx(pi*0.016368589849) q[1];
rx(pi*-0.160861200238) q[2];
rx(pi*-0.477490214812) q[3];
rx(pi*-0.0076841395) q[4];
rx(pi*-0.505932754172) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.260305586104) q[0];
rx(pi*-0.008218065822) q[1];
rx(pi*0.004135510863) q[2];
rx(pi*-0.221472545578) q[3];
rx(pi*0.275030980663) q[4];
rx(pi*0.10366900965) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.141195681634) q[0];
rx(pi*0.003668346082) q[1];
rx(pi*0.00180230505) q[2];
rx(pi*0.049580623033) q[3];
rx(pi*0.238230680325) q[4];
rx(pi*-6.9156254e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
