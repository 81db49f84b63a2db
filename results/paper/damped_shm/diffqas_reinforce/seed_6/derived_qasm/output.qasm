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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065549557881) q[0];
ry(pi*-0.500844073513) q[1];
ry(pi*0.00130030423) q[2];
ry(pi*-0.007320842805) q[3];
ry(pi*-0.000656347977) q[4];
ry(pi*0.499759060018) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.497570022335) q[0];
ry(pi*-0.019041056701) q[1];
ry(pi*-0.007040069262) q[2];
ry(pi*0.000351235919) q[3];
ry(pi*-0.003753544688) q[4];
ry(pi*0.49900200944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.503599713334) q[0];
ry(pi*-0.00596089463) q[1];
ry(pi*0.500042930269) q[2];
ry(pi*-0.008355228116) q[3];
ry(pi*0.45096282255) q[4];
ry(pi*-0.019923932171) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001015216684) q[0];
ry(pi*0.003581676792) q[1];
ry(pi*-0.003009906063) q[2];
ry(pi*-0.00597414413) q[3];
ry(pi*-0.006212001318) q[4];
ry(pi*0.347327110072) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499862044093) q[0];
ry(pi*0.506242237633) q[1];
ry(pi*-0.358016849414) q[2];
ry(pi*-0.029430379185) q[3];
ry(pi*-0.008877060498) q[4];
ry(pi*0.004540315186) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
