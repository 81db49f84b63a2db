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
rx(pi*-0.001898308932) q[0];
rx(pi*-0.001022545872) q[1];
rx(pi*0.000714978807) q[2];
rx(pi*0.001831392644) q[3];
rx(pi*-0.003976004601) q[4];
rx(pi*-0.005506803259) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.405699e-05) q[0];
rx(pi*0.003862885819) q[1];
rx(pi*0.002409791828) q[2];
rx(pi*0.000686441126) q[3];
rx(pi*-0.001009540572) q[4];
rx(pi*0.000933383888) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000774553902) q[0];
rx(pi*0.002601239007) q[1];
rx(pi*-0.00252879572) q[2];
rx(pi*0.000427293663) q[3];
rx(pi*-0.000352617854) q[4];
rx(pi*0.001729563091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000715043359) q[0];
rx(pi*0.00811700511) q[1];
rx(pi*0.004770359752) q[2];
rx(pi*0.004764253788) q[3];
rx(pi*-0.006491956661) q[4];
rx(pi*-0.001083261925) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001937268729) q[0];
rx(pi*0.00169570978) q[1];
rx(pi*-0.007254364669) q[2];
rx(pi*0.003738548213) q[3];
rx(pi*0.003396310972) q[4];
rx(pi*-0.004144619857) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
