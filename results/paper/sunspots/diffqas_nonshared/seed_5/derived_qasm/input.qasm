// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028084025577) q[0];
ry(pi*0.071820141114) q[1];
ry(pi*-0.000503015344) q[2];
ry(pi*0.0064045836) q[3];
ry(pi*0.013566687355) q[4];
ry(pi*4.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028224853168) q[0];
ry(pi*0.006338518121) q[1];
ry(pi*0.033295497859) q[2];
ry(pi*-0.008468956695) q[3];
ry(pi*3.0e-12) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001592352624) q[0];
ry(pi*-0.000490624694) q[1];
ry(pi*-0.001008613501) q[2];
ry(pi*-2.0e-12) q[3];
ry(pi*-0.000420293942) q[4];
ry(pi*-3.7e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040512697879) q[0];
ry(pi*0.039507770724) q[1];
ry(pi*1.0e-12) q[2];
ry(pi*8.0e-12) q[3];
ry(pi*6.0e-12) q[4];
ry(pi*-2.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005418591247) q[0];
ry(pi*3.0e-12) q[1];
ry(pi*0.000953875494) q[2];
ry(pi*0.000636157712) q[3];
ry(pi*-0.003588841079) q[4];
ry(pi*-0.002639972464) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
