// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.002120308016) q[0];
rz(pi*0.003296774601) q[1];
rz(pi*-0.003521009653) q[2];
rz(pi*0.004532073899) q[3];
rz(pi*-0.002866994434) q[4];
rz(pi*-0.004814596196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003038528825) q[0];
rz(pi*0.000492903759) q[1];
rz(pi*-0.001024323084) q[2];
rz(pi*0.001401964659) q[3];
rz(pi*0.001577491923) q[4];
rz(pi*0.001012688714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000810238157) q[0];
rz(pi*0.005774328487) q[1];
rz(pi*-0.007053853556) q[2];
rz(pi*-0.005520614233) q[3];
rz(pi*-0.001613526063) q[4];
rz(pi*-0.003995516887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008135815997) q[0];
rz(pi*-0.002530751692) q[1];
rz(pi*-0.00238492493) q[2];
rz(pi*-0.007794020168) q[3];
rz(pi*0.002733192985) q[4];
rz(pi*0.004135140894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003928782915) q[0];
rz(pi*-0.001618149188) q[1];
rz(pi*0.000469843644) q[2];
rz(pi*-0.00356763103) q[3];
rz(pi*0.000657100513) q[4];
rz(pi*-0.002145959763) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
