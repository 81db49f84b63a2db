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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006534296719) q[0];
rx(pi*0.003324239729) q[1];
rx(pi*0.00551031381) q[2];
rx(pi*0.0046600937) q[3];
rx(pi*-0.003239869106) q[4];
rx(pi*0.001387236619) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006768796323) q[0];
rx(pi*0.005379497307) q[1];
rx(pi*-0.00617470801) q[2];
rx(pi*0.001306505502) q[3];
rx(pi*0.003700475837) q[4];
rx(pi*0.004110053882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001094827816) q[0];
rx(pi*-0.004537892604) q[1];
rx(pi*-0.00032205587) q[2];
rx(pi*-0.000854008953) q[3];
rx(pi*0.001172643281) q[4];
rx(pi*0.003143833504) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002107322652) q[0];
rx(pi*0.006752837278) q[1];
rx(pi*0.002103920898) q[2];
rx(pi*-0.001237764273) q[3];
rx(pi*0.005188279877) q[4];
rx(pi*-0.001001173961) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000897199375) q[0];
rx(pi*0.000575430913) q[1];
rx(pi*-0.007299576134) q[2];
rx(pi*0.000881016289) q[3];
rx(pi*0.000921279942) q[4];
rx(pi*-0.000667511957) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
