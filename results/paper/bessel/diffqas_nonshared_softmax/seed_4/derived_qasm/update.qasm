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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.013468474926) q[0];
ry(pi*0.024284872775) q[1];
ry(pi*0.105708788728) q[2];
ry(pi*0.027849965903) q[3];
ry(pi*-0.013644970097) q[4];
ry(pi*-0.005642843789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.015745020851) q[0];
ry(pi*0.182548739427) q[1];
ry(pi*-0.115918650363) q[2];
ry(pi*0.092212496196) q[3];
ry(pi*-0.00107861249) q[4];
ry(pi*-0.005125784239) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014730275298) q[0];
ry(pi*0.136411949948) q[1];
ry(pi*-0.065823937015) q[2];
ry(pi*-0.013180457944) q[3];
ry(pi*0.035945468961) q[4];
ry(pi*-0.500069947462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017956793815) q[0];
ry(pi*0.365952049355) q[1];
ry(pi*0.510415179652) q[2];
ry(pi*0.010864006402) q[3];
ry(pi*0.418106463166) q[4];
ry(pi*0.003680651095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.26113387935) q[0];
ry(pi*-0.021023886705) q[1];
ry(pi*0.001725885935) q[2];
ry(pi*0.029560413654) q[3];
ry(pi*0.007504746242) q[4];
ry(pi*-0.00470861087) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
