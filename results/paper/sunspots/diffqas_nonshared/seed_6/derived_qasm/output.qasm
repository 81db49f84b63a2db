// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.004590557987) q[0];
ry(pi*0.008877549046) q[1];
ry(pi*0.01075618902) q[2];
ry(pi*-0.003754447672) q[3];
ry(pi*0.004445527339) q[4];
ry(pi*0.00714444902) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011600638746) q[0];
ry(pi*-0.008065613273) q[1];
ry(pi*0.070309345959) q[2];
ry(pi*-0.000493806595) q[3];
ry(pi*0.008044699969) q[4];
ry(pi*-0.004346037807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.107673e-05) q[0];
ry(pi*0.000297699679) q[1];
ry(pi*0.497939080223) q[2];
ry(pi*0.009726732473) q[3];
ry(pi*-0.061028053284) q[4];
ry(pi*0.001082382805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.207344849489) q[0];
ry(pi*-0.007511160216) q[1];
ry(pi*0.004701760522) q[2];
ry(pi*-0.421150526697) q[3];
ry(pi*-0.496061499165) q[4];
ry(pi*0.50266109356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00574023861) q[0];
ry(pi*-0.761542338576) q[1];
ry(pi*-0.000683519323) q[2];
ry(pi*-0.086440331787) q[3];
ry(pi*-0.004006811008) q[4];
ry(pi*-0.002145890098) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
