// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.113101908808) q[0];
ry(pi*-0.010486063339) q[1];
ry(pi*0.000483148728) q[2];
ry(pi*0.000300129673) q[3];
ry(pi*0.078985744748) q[4];
ry(pi*-0.000683473818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000767959538) q[0];
ry(pi*0.001454385027) q[1];
ry(pi*-0.465356080188) q[2];
ry(pi*0.004065487787) q[3];
ry(pi*-0.010156347814) q[4];
ry(pi*-0.000361147105) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069266067765) q[0];
ry(pi*0.291428007103) q[1];
ry(pi*0.314558025327) q[2];
ry(pi*-0.010295352836) q[3];
ry(pi*0.082531784494) q[4];
ry(pi*-0.002169176181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006003608807) q[0];
ry(pi*-0.491588749787) q[1];
ry(pi*-0.00028916513) q[2];
ry(pi*0.003054225809) q[3];
ry(pi*0.002214876194) q[4];
ry(pi*0.06112367119) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003942367995) q[0];
ry(pi*0.027790242065) q[1];
ry(pi*-0.01101551565) q[2];
ry(pi*-1.5961787e-05) q[3];
ry(pi*-0.013614563898) q[4];
ry(pi*0.000715497148) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
