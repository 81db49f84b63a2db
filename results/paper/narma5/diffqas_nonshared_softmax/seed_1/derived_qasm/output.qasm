// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.091464704318) q[0];
rx(pi*-4.3561859e-05) q[1];
rx(pi*0.003392187364) q[2];
rx(pi*-0.004956638043) q[3];
rx(pi*-0.001184980088) q[4];
rx(pi*-0.001069739618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100225550807) q[0];
rx(pi*-0.001054986676) q[1];
rx(pi*-0.001776897132) q[2];
rx(pi*0.002264321546) q[3];
rx(pi*-0.00355728436) q[4];
rx(pi*0.001634068657) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.080476077795) q[0];
rx(pi*0.006085922073) q[1];
rx(pi*-0.000191884126) q[2];
rx(pi*-0.001506615963) q[3];
rx(pi*-0.004215824283) q[4];
rx(pi*-0.000575223695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09530118363) q[0];
rx(pi*-0.002701553557) q[1];
rx(pi*0.003721695966) q[2];
rx(pi*-0.001160796282) q[3];
rx(pi*0.000271207795) q[4];
rx(pi*0.000815693637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.093308333644) q[0];
rx(pi*-0.001588993707) q[1];
rx(pi*0.000137891994) q[2];
rx(pi*0.00080050951) q[3];
rx(pi*0.001933890987) q[4];
rx(pi*-0.005922515726) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
