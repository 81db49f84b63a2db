// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rz(pi*0.005514156384) q[0];
rz(pi*-0.008741845282) q[1];
rz(pi*0.000668302438) q[2];
rz(pi*0.007495926285) q[3];
rz(pi*0.001342160483) q[4];
rz(pi*0.003133109454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002481521266) q[0];
rz(pi*0.008348901298) q[1];
rz(pi*-0.001602619845) q[2];
rz(pi*-0.000628115268) q[3];
rz(pi*0.001610513842) q[4];
rz(pi*0.002889385537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003338466325) q[0];
rz(pi*-0.000432755072) q[1];
rz(pi*-0.000551584874) q[2];
rz(pi*0.001606085188) q[3];
rz(pi*0.000888548692) q[4];
rz(pi*0.001793237115) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-6.3204003e-05) q[0];
rz(pi*0.00124322205) q[1];
rz(pi*-0.002056897684) q[2];
rz(pi*-8.6505011e-05) q[3];
rz(pi*0.003030347124) q[4];
rz(pi*-0.000947829931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003787159654) q[0];
rz(pi*0.002273657176) q[1];
rz(pi*0.000134037951) q[2];
rz(pi*0.002146791007) q[3];
rz(pi*0.001901867064) q[4];
rz(pi*0.000804947947) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
