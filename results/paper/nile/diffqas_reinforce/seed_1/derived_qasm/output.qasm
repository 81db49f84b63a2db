// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.313824e-06) q[0];
rx(pi*-1.02e-10) q[1];
rx(pi*0.000970663188) q[2];
rx(pi*-0.000824753272) q[3];
rx(pi*0.003360563944) q[4];
rx(pi*-0.007164751638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001796736549) q[0];
rx(pi*-3.573e-08) q[1];
rx(pi*-0.000539794534) q[2];
rx(pi*0.001058132595) q[3];
rx(pi*-0.002073110489) q[4];
rx(pi*0.002745155895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000688439861) q[0];
rx(pi*-6.3e-11) q[1];
rx(pi*0.000462169427) q[2];
rx(pi*0.001217461432) q[3];
rx(pi*-0.0027875004) q[4];
rx(pi*-0.004820269344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001510325728) q[0];
rx(pi*1.688e-09) q[1];
rx(pi*-0.00026008126) q[2];
rx(pi*0.000458638383) q[3];
rx(pi*-0.000609253874) q[4];
rx(pi*0.002712472669) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000853529817) q[0];
rx(pi*3.0e-12) q[1];
rx(pi*-0.00100205812) q[2];
rx(pi*0.001493887325) q[3];
rx(pi*-0.003290899571) q[4];
rx(pi*0.002119596834) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
