// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001898247123) q[0];
rx(pi*-0.001022493697) q[1];
rx(pi*0.000714991406) q[2];
rx(pi*0.001831461865) q[3];
rx(pi*-0.003975953019) q[4];
rx(pi*-0.005506790808) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.4049507e-05) q[0];
rx(pi*0.003862949259) q[1];
rx(pi*0.002409829477) q[2];
rx(pi*0.000686433196) q[3];
rx(pi*-0.001009472389) q[4];
rx(pi*0.000933383073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000774505803) q[0];
rx(pi*0.002601232782) q[1];
rx(pi*-0.002528734059) q[2];
rx(pi*0.00042734317) q[3];
rx(pi*-0.000352564345) q[4];
rx(pi*0.001729631571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000715117026) q[0];
rx(pi*0.008117087523) q[1];
rx(pi*0.004770361531) q[2];
rx(pi*0.004764253788) q[3];
rx(pi*-0.006491967333) q[4];
rx(pi*-0.001083287049) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001937281328) q[0];
rx(pi*0.001695723269) q[1];
rx(pi*-0.007254380084) q[2];
rx(pi*0.003738547324) q[3];
rx(pi*0.003396319569) q[4];
rx(pi*-0.004144619264) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
