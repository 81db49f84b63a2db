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
ry(pi*-0.099251157918) q[0];
ry(pi*-0.008745224803) q[1];
ry(pi*0.016270098758) q[2];
ry(pi*-0.000736320332) q[3];
ry(pi*-0.097127073436) q[4];
ry(pi*-3.2516e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010196381498) q[0];
ry(pi*0.001162243843) q[1];
ry(pi*-0.016832376295) q[2];
ry(pi*-0.001959757364) q[3];
ry(pi*-2.678e-09) q[4];
ry(pi*3.377e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005250779072) q[0];
ry(pi*0.000711268153) q[1];
ry(pi*-8.6249666e-05) q[2];
ry(pi*-4.62178e-07) q[3];
ry(pi*-0.004407033116) q[4];
ry(pi*-4.92171e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023864607441) q[0];
ry(pi*-0.015043147766) q[1];
ry(pi*3.1603e-08) q[2];
ry(pi*1.16057e-07) q[3];
ry(pi*-1.3906e-07) q[4];
ry(pi*-7.805337e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.115364930721) q[0];
ry(pi*-1.901e-09) q[1];
ry(pi*-0.005360452819) q[2];
ry(pi*0.000325844639) q[3];
ry(pi*-0.003900067365) q[4];
ry(pi*-0.005428313594) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
