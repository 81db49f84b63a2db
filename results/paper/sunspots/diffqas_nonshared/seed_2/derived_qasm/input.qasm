// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.002443616235) q[0];
rx(pi*-0.112671161031) q[1];
rx(pi*0.108782250531) q[2];
rx(pi*-0.119987650183) q[3];
rx(pi*0.076588566536) q[4];
rx(pi*0.006141307674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.318509365653) q[0];
rx(pi*-0.072610616931) q[1];
rx(pi*-0.227828150437) q[2];
rx(pi*-0.067331008769) q[3];
rx(pi*0.085749097671) q[4];
rx(pi*-0.005296260899) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.072439757852) q[0];
rx(pi*-0.190142676555) q[1];
rx(pi*0.106539927886) q[2];
rx(pi*-0.099334960544) q[3];
rx(pi*0.070059564992) q[4];
rx(pi*-0.00017483991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.188817961366) q[0];
rx(pi*-0.025731340829) q[1];
rx(pi*-0.135202048341) q[2];
rx(pi*-0.045994133389) q[3];
rx(pi*0.093001430477) q[4];
rx(pi*0.00066565411) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.073626626543) q[0];
rx(pi*-0.09858056615) q[1];
rx(pi*0.104166920954) q[2];
rx(pi*-0.11626829913) q[3];
rx(pi*0.080952265303) q[4];
rx(pi*-0.003395449787) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
