// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.029793797424) q[0];
ry(pi*-0.023032503044) q[1];
ry(pi*0.009057885013) q[2];
ry(pi*0.037321702275) q[3];
ry(pi*-0.151625693547) q[4];
ry(pi*0.01517148536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.249524360172) q[0];
ry(pi*0.203594753098) q[1];
ry(pi*-0.059697304761) q[2];
ry(pi*0.038239072572) q[3];
ry(pi*0.040304102005) q[4];
ry(pi*0.04671438158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051820901365) q[0];
ry(pi*0.086369990325) q[1];
ry(pi*0.119045947338) q[2];
ry(pi*0.002637868564) q[3];
ry(pi*-0.056711070165) q[4];
ry(pi*0.116485034313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.256789044237) q[0];
ry(pi*0.187984678287) q[1];
ry(pi*-0.019172612548) q[2];
ry(pi*-0.048785873605) q[3];
ry(pi*-0.020984024962) q[4];
ry(pi*-0.028920645487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003782974681) q[0];
ry(pi*-0.034948863727) q[1];
ry(pi*0.068051081462) q[2];
ry(pi*0.003570324271) q[3];
ry(pi*-0.006370515067) q[4];
ry(pi*0.001564073003) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
