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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.093158657637) q[0];
rx(pi*-0.005809626099) q[1];
rx(pi*0.000344140816) q[2];
rx(pi*0.003068236887) q[3];
rx(pi*0.002079391358) q[4];
rx(pi*-0.00209635507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091939601679) q[0];
rx(pi*-0.003916804885) q[1];
rx(pi*0.001993883852) q[2];
rx(pi*0.004571312802) q[3];
rx(pi*-0.001657791855) q[4];
rx(pi*-0.005404336192) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.090421630082) q[0];
rx(pi*0.00213990805) q[1];
rx(pi*-0.008649072103) q[2];
rx(pi*0.000405779048) q[3];
rx(pi*0.006905454653) q[4];
rx(pi*0.002612201698) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096671974137) q[0];
rx(pi*0.001173814996) q[1];
rx(pi*0.003369798632) q[2];
rx(pi*-0.003013681344) q[3];
rx(pi*-0.002674413634) q[4];
rx(pi*0.001297335736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.089324293787) q[0];
rx(pi*0.000719658924) q[1];
rx(pi*-0.006089618794) q[2];
rx(pi*0.002377804813) q[3];
rx(pi*0.002711982639) q[4];
rx(pi*0.000139031925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
