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
rz(pi*-0.004178984839) q[0];
rz(pi*-0.006825454284) q[1];
rz(pi*0.00011220307) q[2];
rz(pi*-0.002334671902) q[3];
rz(pi*0.002802338571) q[4];
rz(pi*0.002944047506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004129768642) q[0];
rz(pi*-0.002044590892) q[1];
rz(pi*0.000977021875) q[2];
rz(pi*-0.000867266234) q[3];
rz(pi*-0.001097818469) q[4];
rz(pi*0.001199788836) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001035518043) q[0];
rz(pi*0.003170380231) q[1];
rz(pi*0.003157631434) q[2];
rz(pi*0.00125245333) q[3];
rz(pi*0.002208014581) q[4];
rz(pi*0.007424089534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001123884801) q[0];
rz(pi*-0.000662308088) q[1];
rz(pi*-0.002114357243) q[2];
rz(pi*-0.001348204785) q[3];
rz(pi*0.001135017876) q[4];
rz(pi*0.000844480557) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00280267593) q[0];
rz(pi*0.002052205931) q[1];
rz(pi*4.1789075e-05) q[2];
rz(pi*0.004393159887) q[3];
rz(pi*0.003600367024) q[4];
rz(pi*0.000353778378) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
