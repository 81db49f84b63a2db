// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.194582925617) q[0];
ry(pi*-0.055445545205) q[1];
ry(pi*0.020084776011) q[2];
ry(pi*0.004267691328) q[3];
ry(pi*0.006087707883) q[4];
ry(pi*-1.183911e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.054935377506) q[0];
ry(pi*0.006507469847) q[1];
ry(pi*-0.008874011814) q[2];
ry(pi*-0.021770374206) q[3];
ry(pi*7.4129e-08) q[4];
ry(pi*-3.30751e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005715891239) q[0];
ry(pi*-0.001149576051) q[1];
ry(pi*0.002876522607) q[2];
ry(pi*-5.5616e-08) q[3];
ry(pi*-0.005385273916) q[4];
ry(pi*-7.007e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.099876253036) q[0];
ry(pi*0.016441613583) q[1];
ry(pi*3.62791e-07) q[2];
ry(pi*-3.199e-08) q[3];
ry(pi*6.117e-09) q[4];
ry(pi*-8.994e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005522983455) q[0];
ry(pi*-1.0680843e-05) q[1];
ry(pi*0.033991638802) q[2];
ry(pi*-0.000773767793) q[3];
ry(pi*-0.011499243639) q[4];
ry(pi*0.003235454088) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
