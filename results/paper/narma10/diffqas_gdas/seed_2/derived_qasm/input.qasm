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
rz(pi*0.001683339697) q[0];
rz(pi*0.00115781593) q[1];
rz(pi*0.006565624283) q[2];
rz(pi*0.005687317095) q[3];
rz(pi*0.004119834927) q[4];
rz(pi*-0.00149501902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004617358475) q[0];
rz(pi*0.000105601007) q[1];
rz(pi*0.001811186223) q[2];
rz(pi*0.000350340606) q[3];
rz(pi*0.004439320582) q[4];
rz(pi*-0.001157826899) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003278865217) q[0];
rz(pi*-0.000641906974) q[1];
rz(pi*-0.00071249775) q[2];
rz(pi*-0.007108505742) q[3];
rz(pi*-0.000992347631) q[4];
rz(pi*-0.003783758196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002576111381) q[0];
rz(pi*0.002394241586) q[1];
rz(pi*-0.004407911791) q[2];
rz(pi*-0.00223305683) q[3];
rz(pi*0.006187683591) q[4];
rz(pi*0.003571056796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004389328282) q[0];
rz(pi*-0.005916104716) q[1];
rz(pi*0.003269557305) q[2];
rz(pi*-0.000523374584) q[3];
rz(pi*-0.003596229779) q[4];
rz(pi*-0.001785740063) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
