// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.038421009364) q[0];
rz(pi*-0.063275185521) q[1];
rz(pi*-0.051153667774) q[2];
rz(pi*-0.033888424683) q[3];
rz(pi*-0.031366633464) q[4];
rz(pi*-0.040349574938) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.031680302787) q[0];
rz(pi*-0.029502202893) q[1];
rz(pi*-0.014068133519) q[2];
rz(pi*0.007368258666) q[3];
rz(pi*-0.005862708289) q[4];
rz(pi*-0.018711279515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.034101047524) q[0];
rz(pi*-0.061590737549) q[1];
rz(pi*-0.021092838413) q[2];
rz(pi*-0.028837568568) q[3];
rz(pi*0.011068590726) q[4];
rz(pi*-0.034219973449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.02578079804) q[0];
rz(pi*-0.023538368672) q[1];
rz(pi*-0.015310754815) q[2];
rz(pi*-0.006625505832) q[3];
rz(pi*-0.040365924703) q[4];
rz(pi*-0.069641675995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.081238080261) q[0];
rz(pi*-0.123232189253) q[1];
rz(pi*-0.104800563295) q[2];
rz(pi*-0.027957188015) q[3];
rz(pi*-0.162185099599) q[4];
rz(pi*0.002043252869) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
