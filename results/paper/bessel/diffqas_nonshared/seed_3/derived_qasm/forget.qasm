// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*0.055473857288) q[0];
ry(pi*0.034379852051) q[1];
ry(pi*0.012961856317) q[2];
ry(pi*0.002203200543) q[3];
ry(pi*0.029849404176) q[4];
ry(pi*-0.001003447948) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.198390794024) q[0];
ry(pi*-0.003725994183) q[1];
ry(pi*-0.05571352578) q[2];
ry(pi*-0.022941201439) q[3];
ry(pi*-1.7968436e-05) q[4];
ry(pi*0.000364484196) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001762501412) q[0];
ry(pi*0.002347922587) q[1];
ry(pi*0.011919805423) q[2];
ry(pi*4.7197e-07) q[3];
ry(pi*0.066725929899) q[4];
ry(pi*7.205849e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.077532123967) q[0];
ry(pi*-0.038640965172) q[1];
ry(pi*-0.000255376297) q[2];
ry(pi*-3.0732634e-05) q[3];
ry(pi*2.8547262e-05) q[4];
ry(pi*0.000247578571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014652002042) q[0];
ry(pi*5.4112097e-05) q[1];
ry(pi*0.003887472128) q[2];
ry(pi*0.006549200405) q[3];
ry(pi*-0.003298089354) q[4];
ry(pi*-0.004479383911) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
