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
rz(pi*-0.000711187444) q[0];
rz(pi*0.003903877922) q[1];
rz(pi*-0.002253029056) q[2];
rz(pi*0.00404405214) q[3];
rz(pi*-0.000632121927) q[4];
rz(pi*0.002593268674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005903878559) q[0];
rz(pi*0.001638863426) q[1];
rz(pi*0.001019540989) q[2];
rz(pi*-0.000930166896) q[3];
rz(pi*0.002299258379) q[4];
rz(pi*0.002606653355) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001157060355) q[0];
rz(pi*-5.1570328e-05) q[1];
rz(pi*0.0003446566) q[2];
rz(pi*-0.002624425483) q[3];
rz(pi*0.00113838754) q[4];
rz(pi*0.001558790723) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00446791192) q[0];
rz(pi*0.001612665619) q[1];
rz(pi*-0.001056107032) q[2];
rz(pi*-0.000698118111) q[3];
rz(pi*0.000142111893) q[4];
rz(pi*-7.3601745e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00201024177) q[0];
rz(pi*-0.006221784141) q[1];
rz(pi*-0.001688846389) q[2];
rz(pi*0.002632251445) q[3];
rz(pi*0.000810046799) q[4];
rz(pi*0.000638396052) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
