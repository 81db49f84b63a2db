// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009865314165) q[0];
ry(pi*0.001055047967) q[1];
ry(pi*0.000138633525) q[2];
ry(pi*0.001106122085) q[3];
ry(pi*-0.001585225393) q[4];
ry(pi*-0.000231004616) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001054948508) q[0];
ry(pi*0.000517129289) q[1];
ry(pi*3.422056e-05) q[2];
ry(pi*0.000579552075) q[3];
ry(pi*-0.00269218932) q[4];
ry(pi*-0.005010830139) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001622699386) q[0];
ry(pi*-0.001562068117) q[1];
ry(pi*-0.008637357025) q[2];
ry(pi*-0.000958369293) q[3];
ry(pi*-0.007607834073) q[4];
ry(pi*0.000909477782) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014103670661) q[0];
ry(pi*0.002132599836) q[1];
ry(pi*1.3208468e-05) q[2];
ry(pi*0.00088541426) q[3];
ry(pi*3.5930088e-05) q[4];
ry(pi*0.000892012775) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002341305545) q[0];
ry(pi*-0.007931220407) q[1];
ry(pi*-0.001956222059) q[2];
ry(pi*0.004852200182) q[3];
ry(pi*-0.00139154951) q[4];
ry(pi*-0.003961341335) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
