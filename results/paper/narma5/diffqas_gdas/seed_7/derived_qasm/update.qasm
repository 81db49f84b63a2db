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
rx(pi*0.075733412622) q[0];
rx(pi*0.089296432307) q[1];
rx(pi*-0.000386090191) q[2];
rx(pi*-0.003779711664) q[3];
rx(pi*-0.001844331613) q[4];
rx(pi*-0.000625163598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147194911887) q[0];
rx(pi*0.093885617438) q[1];
rx(pi*-0.005004750559) q[2];
rx(pi*-0.002530350596) q[3];
rx(pi*0.002058933845) q[4];
rx(pi*-0.006342760902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.076136948736) q[0];
rx(pi*0.090461596175) q[1];
rx(pi*0.003209408656) q[2];
rx(pi*0.002193447662) q[3];
rx(pi*-0.001041586506) q[4];
rx(pi*-0.00117359051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143336082679) q[0];
rx(pi*0.095090206675) q[1];
rx(pi*-0.002154040375) q[2];
rx(pi*-0.0009672392) q[3];
rx(pi*0.001122010798) q[4];
rx(pi*-0.0003844426) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.07445879023) q[0];
rx(pi*0.087225462033) q[1];
rx(pi*-0.000828019253) q[2];
rx(pi*-0.001412276199) q[3];
rx(pi*0.0037117498) q[4];
rx(pi*0.002078798756) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
