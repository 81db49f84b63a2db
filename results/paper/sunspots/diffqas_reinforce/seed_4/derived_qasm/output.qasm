// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.012745640512) q[0];
ry(pi*0.007716849703) q[1];
ry(pi*0.006922476172) q[2];
ry(pi*-0.001513055877) q[3];
ry(pi*-0.00012951057) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009418221366) q[0];
ry(pi*-1.5804426e-05) q[1];
ry(pi*-0.000119037039) q[2];
ry(pi*0.000668309109) q[3];
ry(pi*-1.0e-12) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000487183327) q[0];
ry(pi*2.162684e-06) q[1];
ry(pi*-9.71603e-07) q[2];
ry(0) q[3];
ry(pi*-1.167873e-06) q[4];
ry(pi*-1.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000926985329) q[0];
ry(pi*0.000576708683) q[1];
ry(pi*-1.0e-12) q[2];
ry(pi*-5.0e-12) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*4.612682e-06) q[0];
ry(0) q[1];
ry(pi*-0.000677917619) q[2];
ry(pi*3.8099482e-05) q[3];
ry(pi*0.029530614583) q[4];
ry(pi*0.001222174307) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
