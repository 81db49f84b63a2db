// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00254738338) q[0];
rx(pi*0.02379410471) q[1];
rx(pi*-0.229789989467) q[2];
rx(pi*-0.010737887433) q[3];
rx(pi*-0.200081038171) q[4];
rx(pi*0.006972416594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.010199395793) q[0];
rx(pi*-0.004825547028) q[1];
rx(pi*-0.304818820644) q[2];
rx(pi*-0.000414445555) q[3];
rx(pi*-0.197532523837) q[4];
rx(pi*-0.002523345502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.036159564561) q[0];
rx(pi*-0.090443856656) q[1];
rx(pi*-0.068102957697) q[2];
rx(pi*-0.007359081192) q[3];
rx(pi*-0.205934016998) q[4];
rx(pi*0.00036209615) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002039304166) q[0];
rx(pi*0.03274054736) q[1];
rx(pi*-0.252744357993) q[2];
rx(pi*0.000738994081) q[3];
rx(pi*-0.198374799998) q[4];
rx(pi*5.601518e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.028804209735) q[0];
rx(pi*0.034037173397) q[1];
rx(pi*-0.218016128348) q[2];
rx(pi*-0.003329740343) q[3];
rx(pi*-0.203483193342) q[4];
rx(pi*-0.000620769109) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
