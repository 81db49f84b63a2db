// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
ry(pi*0.199995471079) q[0];
ry(pi*-0.028160637532) q[1];
ry(pi*-0.045532294021) q[2];
ry(pi*0.030933428716) q[3];
ry(pi*0.002795839516) q[4];
ry(pi*-2.7036927e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.265178584567) q[0];
ry(pi*-0.311822193055) q[1];
ry(pi*0.030944634495) q[2];
ry(pi*-0.010320993319) q[3];
ry(pi*-0.002597198405) q[4];
ry(pi*0.000136506326) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006598119856) q[0];
ry(pi*0.00530272527) q[1];
ry(pi*-0.085069920735) q[2];
ry(pi*-0.049112783534) q[3];
ry(pi*-0.015425179456) q[4];
ry(pi*-8.3093427e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.03647383864) q[0];
ry(pi*-0.194040210169) q[1];
ry(pi*-0.377423921249) q[2];
ry(pi*-0.45832311029) q[3];
ry(pi*0.152004977746) q[4];
ry(pi*0.005566010682) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038789258539) q[0];
ry(pi*-0.022324580024) q[1];
ry(pi*0.027310350128) q[2];
ry(pi*0.014990290877) q[3];
ry(pi*0.190496100899) q[4];
ry(pi*0.000700901473) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
