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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004851275853) q[0];
rz(pi*-0.002938587801) q[1];
rz(pi*-0.001442806611) q[2];
rz(pi*-0.002491542434) q[3];
rz(pi*-0.004460115603) q[4];
rz(pi*0.001981738626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351451689) q[0];
rz(pi*-0.002177849247) q[1];
rz(pi*0.003000979978) q[2];
rz(pi*0.002754050557) q[3];
rz(pi*-0.001978131877) q[4];
rz(pi*-0.004163640036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331964388) q[0];
rz(pi*-0.00508625274) q[1];
rz(pi*-0.00321630021) q[2];
rz(pi*-0.001234269952) q[3];
rz(pi*-0.0005033968) q[4];
rz(pi*-0.001767333385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462740684) q[0];
rz(pi*0.004399262887) q[1];
rz(pi*0.001996135532) q[2];
rz(pi*0.004390186502) q[3];
rz(pi*0.002852176718) q[4];
rz(pi*0.000738412818) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863832677) q[0];
rz(pi*-0.004252981223) q[1];
rz(pi*-6.5484587e-05) q[2];
rz(pi*-0.001300634474) q[3];
rz(pi*-0.002974741558) q[4];
rz(pi*0.001304134057) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
