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
ry(pi*0.008453486791) q[0];
ry(pi*-0.001193425851) q[1];
ry(pi*0.002031263426) q[2];
ry(pi*-0.000191757283) q[3];
ry(pi*0.001092570059) q[4];
ry(pi*6.462933e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011488059205) q[0];
ry(pi*5.2537896e-05) q[1];
ry(pi*0.000693160444) q[2];
ry(pi*0.000713381835) q[3];
ry(pi*5.851705e-06) q[4];
ry(pi*2.1897967e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001339016195) q[0];
ry(pi*3.5282956e-05) q[1];
ry(pi*-0.000574535043) q[2];
ry(pi*0.000773872217) q[3];
ry(pi*-0.002509250233) q[4];
ry(pi*0.000427373741) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00834042463) q[0];
ry(pi*0.000196179249) q[1];
ry(pi*0.000200638901) q[2];
ry(pi*-4.0493231e-05) q[3];
ry(pi*-2.5461e-08) q[4];
ry(pi*0.00010271375) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.185725e-06) q[0];
ry(pi*-2.2824686e-05) q[1];
ry(pi*-9.7677921e-05) q[2];
ry(pi*-1.2459083e-05) q[3];
ry(pi*-0.000437818906) q[4];
ry(pi*-0.002454342508) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
