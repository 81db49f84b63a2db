// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.138235523653) q[0];
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
ry(pi*-0.286908812439) q[0];
ry(pi*-0.204560200338) q[1];
ry(pi*-0.060318448805) q[2];
ry(pi*-0.001307143016) q[3];
ry(pi*-0.030237510703) q[4];
ry(pi*2.07397e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.132095317825) q[0];
ry(pi*-0.135240316374) q[1];
ry(pi*0.064327034654) q[2];
ry(pi*-0.073546599493) q[3];
ry(pi*-8.8526544e-05) q[4];
ry(pi*4.5994e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112466350219) q[0];
ry(pi*-0.211428391921) q[1];
ry(pi*-0.274613599187) q[2];
ry(pi*-0.176699536176) q[3];
ry(pi*-0.159142421078) q[4];
ry(pi*5.788082e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.031354877476) q[0];
ry(pi*0.087426895695) q[1];
ry(pi*-0.199061936001) q[2];
ry(pi*-0.157917303328) q[3];
ry(pi*-0.151987873814) q[4];
ry(pi*-1.4976287e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021055338777) q[0];
ry(pi*-0.036781076202) q[1];
ry(pi*-0.079673615945) q[2];
ry(pi*-0.20022838053) q[3];
ry(pi*-0.222164728332) q[4];
ry(pi*-0.002454817568) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
