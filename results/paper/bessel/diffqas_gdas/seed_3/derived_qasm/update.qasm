// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.277748542179) q[0];
ry(pi*0.500037504063) q[1];
ry(pi*0.00069078885) q[2];
ry(pi*-8.5243249e-05) q[3];
ry(pi*-0.00065445878) q[4];
ry(pi*-0.136414938156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.295833536036) q[0];
ry(pi*0.003397777506) q[1];
ry(pi*0.003396795963) q[2];
ry(pi*0.50000931056) q[3];
ry(pi*-0.000780600427) q[4];
ry(pi*-0.10889220709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00020527733) q[0];
ry(pi*-0.499992614542) q[1];
ry(pi*-0.010374881851) q[2];
ry(pi*0.004689055303) q[3];
ry(pi*0.003555937295) q[4];
ry(pi*0.256066505087) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*5.159215e-06) q[0];
ry(pi*3.4123251e-05) q[1];
ry(pi*0.004287170411) q[2];
ry(pi*0.509338817729) q[3];
ry(pi*-0.005088450615) q[4];
ry(pi*-0.040505198901) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*4.8013706e-05) q[0];
ry(pi*0.000749591102) q[1];
ry(pi*0.489572060544) q[2];
ry(pi*-3.0860492e-05) q[3];
ry(pi*-0.006158588883) q[4];
ry(pi*-0.004648177332) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
