// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.219747467467) q[0];
ry(pi*-0.189800332296) q[1];
ry(pi*-0.022407981851) q[2];
ry(pi*0.011398772268) q[3];
ry(pi*-0.463125606023) q[4];
ry(pi*0.133862762082) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.3278264e-05) q[0];
ry(pi*0.431046142712) q[1];
ry(pi*-0.136299451041) q[2];
ry(pi*-0.214498220444) q[3];
ry(pi*-0.088672560931) q[4];
ry(pi*-0.002430841795) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.218802036476) q[0];
ry(pi*0.569121072968) q[1];
ry(pi*-0.040034726933) q[2];
ry(pi*-0.008933890992) q[3];
ry(pi*-0.525682397939) q[4];
ry(pi*0.266484232146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014857398637) q[0];
ry(pi*-0.431839886584) q[1];
ry(pi*-0.04096137016) q[2];
ry(pi*0.078477151787) q[3];
ry(pi*0.1664005216) q[4];
ry(pi*-0.299164486485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.25658916634) q[0];
ry(pi*-0.020696260554) q[1];
ry(pi*0.093659547663) q[2];
ry(pi*-0.234364053318) q[3];
ry(pi*-0.219259070995) q[4];
ry(pi*-0.003388413566) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
