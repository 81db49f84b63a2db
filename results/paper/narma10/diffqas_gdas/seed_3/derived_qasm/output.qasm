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
rx(pi*0.003237946633) q[0];
rx(pi*-0.0018408722) q[1];
rx(pi*0.002470457041) q[2];
rx(pi*-0.000903780844) q[3];
rx(pi*0.000129698954) q[4];
rx(pi*0.001713467531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004532856525) q[0];
rx(pi*-0.002641286327) q[1];
rx(pi*-0.000508077844) q[2];
rx(pi*-0.001174545299) q[3];
rx(pi*0.000534435252) q[4];
rx(pi*-0.002868864139) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004525763089) q[0];
rx(pi*-0.000635204628) q[1];
rx(pi*0.00061983359) q[2];
rx(pi*-0.002864311569) q[3];
rx(pi*0.003573874546) q[4];
rx(pi*0.00191963356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002422036217) q[0];
rx(pi*0.002223361904) q[1];
rx(pi*-0.002991203084) q[2];
rx(pi*0.00652385815) q[3];
rx(pi*-0.002480850697) q[4];
rx(pi*0.001013587326) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002152040825) q[0];
rx(pi*0.000931684568) q[1];
rx(pi*0.000493701281) q[2];
rx(pi*-0.002662765256) q[3];
rx(pi*-0.001321708009) q[4];
rx(pi*7.0508252e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
