// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.253945370867) q[0];
ry(pi*0.082733597611) q[1];
ry(pi*-0.11448950917) q[2];
ry(pi*-0.22967165644) q[3];
ry(pi*-0.005910626928) q[4];
ry(pi*-1.4628844e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.170975875597) q[0];
ry(pi*0.193828265604) q[1];
ry(pi*0.079149508019) q[2];
ry(pi*-0.019236998939) q[3];
ry(pi*-0.000993386834) q[4];
ry(pi*-9.8591e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.02981601214) q[0];
ry(pi*0.058319029505) q[1];
ry(pi*-0.094930067198) q[2];
ry(pi*0.066463721783) q[3];
ry(pi*0.00498175974) q[4];
ry(pi*-4.333975e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033176941902) q[0];
ry(pi*0.180862024211) q[1];
ry(pi*0.179283074203) q[2];
ry(pi*0.186482833525) q[3];
ry(pi*-0.008182709514) q[4];
ry(pi*2.45362e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.048789815193) q[0];
ry(pi*0.127927991739) q[1];
ry(pi*0.02531547243) q[2];
ry(pi*-0.14871582426) q[3];
ry(pi*-0.485355405314) q[4];
ry(pi*-0.00210631176) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
