// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*8.80221e-07) q[0];
rx(pi*-0.005128014722) q[1];
rx(pi*-0.037568983583) q[2];
rx(pi*0.003210213812) q[3];
rx(pi*0.002292189104) q[4];
rx(pi*-0.001344855799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.419627e-06) q[0];
rx(pi*0.041358275299) q[1];
rx(pi*-0.012944483209) q[2];
rx(pi*-0.001975160863) q[3];
rx(pi*0.002650959167) q[4];
rx(pi*0.002310904533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-7.160861e-06) q[0];
rx(pi*-0.0025048782) q[1];
rx(pi*-0.039433435498) q[2];
rx(pi*0.002891095456) q[3];
rx(pi*-0.000401448704) q[4];
rx(pi*-0.004571791864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000113268962) q[0];
rx(pi*-0.04436541312) q[1];
rx(pi*0.026387169427) q[2];
rx(pi*0.001671110279) q[3];
rx(pi*-0.004288457297) q[4];
rx(pi*0.005892821005) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*9.401449e-06) q[0];
rx(pi*-0.01273751899) q[1];
rx(pi*-0.050909768359) q[2];
rx(pi*0.001148569828) q[3];
rx(pi*-0.001918751772) q[4];
rx(pi*-0.000433807948) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
