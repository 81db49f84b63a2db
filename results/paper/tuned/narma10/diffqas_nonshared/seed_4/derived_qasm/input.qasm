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
rz(pi*-0.001145396636) q[0];
rz(pi*-8.9362911e-05) q[1];
rz(pi*0.001753288216) q[2];
rz(pi*-0.001781981532) q[3];
rz(pi*0.00099759404) q[4];
rz(pi*0.001670951086) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001345241776) q[0];
rz(pi*0.002195960513) q[1];
rz(pi*0.001684912656) q[2];
rz(pi*-0.00117641241) q[3];
rz(pi*-0.000723501424) q[4];
rz(pi*0.000235321417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000606265926) q[0];
rz(pi*-0.000799216843) q[1];
rz(pi*-0.003420183135) q[2];
rz(pi*0.00022237474) q[3];
rz(pi*0.002245428395) q[4];
rz(pi*0.001938147108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002764753261) q[0];
rz(pi*0.001686241045) q[1];
rz(pi*0.001843893462) q[2];
rz(pi*-0.003077301117) q[3];
rz(pi*0.001562223012) q[4];
rz(pi*-0.000669370026) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001303927135) q[0];
rz(pi*0.00063499704) q[1];
rz(pi*-0.000782125881) q[2];
rz(pi*-0.007249480965) q[3];
rz(pi*0.000563131495) q[4];
rz(pi*-0.003692567463) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
