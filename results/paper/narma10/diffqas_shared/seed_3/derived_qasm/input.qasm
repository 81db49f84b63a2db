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
ry(pi*-0.029793809282) q[0];
ry(pi*-0.023032514902) q[1];
ry(pi*0.009057890942) q[2];
ry(pi*0.037321635871) q[3];
ry(pi*-0.151625959165) q[4];
ry(pi*0.01517147706) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.249524322227) q[0];
ry(pi*0.203594715153) q[1];
ry(pi*-0.059697167209) q[2];
ry(pi*0.0382390702) q[3];
ry(pi*0.040304120978) q[4];
ry(pi*0.046714348378) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051821010458) q[0];
ry(pi*0.086370028271) q[1];
ry(pi*0.119046023229) q[2];
ry(pi*0.002637888723) q[3];
ry(pi*-0.056711089138) q[4];
ry(pi*0.116485053286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.25678906321) q[0];
ry(pi*0.187984773151) q[1];
ry(pi*-0.019172610176) q[2];
ry(pi*-0.048785883091) q[3];
ry(pi*-0.020984024962) q[4];
ry(pi*-0.028920645487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003782937921) q[0];
ry(pi*-0.034948828153) q[1];
ry(pi*0.068051095692) q[2];
ry(pi*0.003570291365) q[3];
ry(pi*-0.006370539969) q[4];
ry(pi*0.001564070483) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
