// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.087310327133) q[0];
rx(pi*0.014597409146) q[1];
rx(pi*0.003929190829) q[2];
rx(pi*-0.000200685221) q[3];
rx(pi*-0.001148765114) q[4];
rx(pi*0.006157349132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.122952825029) q[0];
rx(pi*0.008234385943) q[1];
rx(pi*0.000675291747) q[2];
rx(pi*0.007520952525) q[3];
rx(pi*0.002260290875) q[4];
rx(pi*0.003322738214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081408654749) q[0];
rx(pi*0.010783140994) q[1];
rx(pi*0.004175899692) q[2];
rx(pi*-0.00093205335) q[3];
rx(pi*0.004557899663) q[4];
rx(pi*0.001896235419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.125352536103) q[0];
rx(pi*0.01797469816) q[1];
rx(pi*-0.001198312593) q[2];
rx(pi*-0.001080044859) q[3];
rx(pi*0.000755672609) q[4];
rx(pi*0.001117884892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.083044798105) q[0];
rx(pi*0.016566431733) q[1];
rx(pi*0.001155072219) q[2];
rx(pi*-9.9560967e-05) q[3];
rx(pi*0.002407487825) q[4];
rx(pi*-0.000829531959) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
