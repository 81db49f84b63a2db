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
ry(pi*-1.3692754e-05) q[0];
ry(pi*-0.00763295577) q[1];
ry(pi*-0.000227354234) q[2];
ry(pi*0.024462595246) q[3];
ry(pi*0.001689164923) q[4];
ry(pi*-0.00363221367) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00072251914) q[0];
ry(pi*-0.033239744068) q[1];
ry(pi*-0.007159430968) q[2];
ry(pi*0.006135673954) q[3];
ry(pi*0.002165328271) q[4];
ry(pi*-0.003589185257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002760178458) q[0];
ry(pi*0.021033754905) q[1];
ry(pi*0.026391813007) q[2];
ry(pi*-0.007392352277) q[3];
ry(pi*-0.002520247904) q[4];
ry(pi*4.0530713e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007794551998) q[0];
ry(pi*-0.008030733655) q[1];
ry(pi*-0.009177667084) q[2];
ry(pi*-0.005970565988) q[3];
ry(pi*-0.004585078124) q[4];
ry(pi*-0.000826663887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000876959307) q[0];
ry(pi*0.004121660164) q[1];
ry(pi*-0.004996801571) q[2];
ry(pi*0.015589892551) q[3];
ry(pi*-0.000292410211) q[4];
ry(pi*0.001806635877) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
