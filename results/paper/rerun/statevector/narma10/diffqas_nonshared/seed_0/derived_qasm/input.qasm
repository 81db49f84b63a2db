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
rx(pi*-0.002150115684) q[0];
rx(pi*0.002102321703) q[1];
rx(pi*-0.006230966358) q[2];
rx(pi*-0.00239133757) q[3];
rx(pi*-0.001163959098) q[4];
rx(pi*-0.00428225558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001225579989) q[0];
rx(pi*0.002504679876) q[1];
rx(pi*0.000935004502) q[2];
rx(pi*-0.003009033317) q[3];
rx(pi*0.001685337764) q[4];
rx(pi*0.004836008127) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001714349912) q[0];
rx(pi*0.000559364627) q[1];
rx(pi*0.006299335247) q[2];
rx(pi*0.001946980552) q[3];
rx(pi*0.002589016407) q[4];
rx(pi*-0.000637106202) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000202762774) q[0];
rx(pi*0.004023488053) q[1];
rx(pi*0.002085463082) q[2];
rx(pi*-0.000162622906) q[3];
rx(pi*-0.001481280082) q[4];
rx(pi*-0.005563181964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002871072686) q[0];
rx(pi*-0.001834332531) q[1];
rx(pi*-0.000412154892) q[2];
rx(pi*0.002137263575) q[3];
rx(pi*0.002610082383) q[4];
rx(pi*0.002288650834) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
