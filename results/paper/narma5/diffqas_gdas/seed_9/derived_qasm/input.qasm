// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001294282754) q[0];
rx(pi*-0.024862903621) q[1];
rx(pi*0.002017238564) q[2];
rx(pi*0.002222322108) q[3];
rx(pi*-0.012117440978) q[4];
rx(pi*0.009532152123) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001571050972) q[0];
rx(pi*0.004569396851) q[1];
rx(pi*0.00110300092) q[2];
rx(pi*0.004177524827) q[3];
rx(pi*0.001599877542) q[4];
rx(pi*-0.004401722822) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.007975128089) q[0];
rx(pi*0.001397193309) q[1];
rx(pi*-0.002953341781) q[2];
rx(pi*-0.006866677914) q[3];
rx(pi*0.000458676662) q[4];
rx(pi*-0.001584443508) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002020834196) q[0];
rx(pi*-0.021942321847) q[1];
rx(pi*0.010937651493) q[2];
rx(pi*-0.001200562049) q[3];
rx(pi*-0.012122818566) q[4];
rx(pi*-0.000454775947) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.008609982314) q[0];
rx(pi*-0.000649998554) q[1];
rx(pi*0.001528821193) q[2];
rx(pi*-0.003218868942) q[3];
rx(pi*-0.002313164662) q[4];
rx(pi*-0.002516917001) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
