// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.003579558366) q[0];
ry(pi*-0.010271871689) q[1];
ry(pi*0.0009882656) q[2];
ry(pi*0.002415486914) q[3];
ry(pi*-0.09304215548) q[4];
ry(pi*0.008246588384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010429269604) q[0];
ry(pi*-0.000289987017) q[1];
ry(pi*0.015836524041) q[2];
ry(pi*0.006588873013) q[3];
ry(pi*0.003216451992) q[4];
ry(pi*0.003339651232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007128097476) q[0];
ry(pi*-0.003103083599) q[1];
ry(pi*-0.006061980244) q[2];
ry(pi*-0.000578502274) q[3];
ry(pi*-0.006453206602) q[4];
ry(pi*0.00056328928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.13173198022) q[0];
ry(pi*-0.009149835249) q[1];
ry(pi*0.008637697941) q[2];
ry(pi*0.00370767896) q[3];
ry(pi*0.422983825361) q[4];
ry(pi*0.230421004083) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001444841586) q[0];
ry(pi*0.003653108594) q[1];
ry(pi*-0.033219289075) q[2];
ry(pi*0.005677908984) q[3];
ry(pi*-0.389356299674) q[4];
ry(pi*0.004139843171) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
