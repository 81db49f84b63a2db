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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002999254941) q[0];
rz(pi*0.00053910592) q[1];
rz(pi*-0.00349972223) q[2];
rz(pi*0.001357114269) q[3];
rz(pi*0.005350529479) q[4];
rz(pi*-0.004723006442) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000226635752) q[0];
rz(pi*-0.002503041697) q[1];
rz(pi*-0.006117368217) q[2];
rz(pi*-0.00292178269) q[3];
rz(pi*7.1504414e-05) q[4];
rz(pi*0.00399179556) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004137651819) q[0];
rz(pi*-6.7247579e-05) q[1];
rz(pi*-0.005391094399) q[2];
rz(pi*0.002138656293) q[3];
rz(pi*-2.7016924e-05) q[4];
rz(pi*-6.2196391e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003733167068) q[0];
rz(pi*-0.000517587044) q[1];
rz(pi*0.006382036861) q[2];
rz(pi*0.004843659184) q[3];
rz(pi*0.004142527815) q[4];
rz(pi*0.002174589491) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00129322784) q[0];
rz(pi*6.329576e-06) q[1];
rz(pi*0.000492021859) q[2];
rz(pi*0.001270677098) q[3];
rz(pi*-0.001133938431) q[4];
rz(pi*-0.002812817457) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
