// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.003574381178) q[0];
rx(pi*-0.069089934262) q[1];
rx(pi*0.070630668414) q[2];
rx(pi*-0.081100499381) q[3];
rx(pi*-0.088402939214) q[4];
rx(pi*-0.000486474776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.424650163846) q[0];
rx(pi*-0.250702928286) q[1];
rx(pi*0.302311894573) q[2];
rx(pi*-0.010879358912) q[3];
rx(pi*-0.117224459209) q[4];
rx(pi*-0.001944101289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008292817855) q[0];
rx(pi*0.067117228591) q[1];
rx(pi*0.020217281681) q[2];
rx(pi*-0.040304766051) q[3];
rx(pi*-0.088731158262) q[4];
rx(pi*-0.008523406702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.079308570793) q[0];
rx(pi*-0.228387049639) q[1];
rx(pi*0.030641966995) q[2];
rx(pi*0.020162611708) q[3];
rx(pi*-0.115515669202) q[4];
rx(pi*0.003842886467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024434973297) q[0];
rx(pi*-0.018826798647) q[1];
rx(pi*0.063272111936) q[2];
rx(pi*-0.082128196205) q[3];
rx(pi*-0.08803978185) q[4];
rx(pi*0.001429193071) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
