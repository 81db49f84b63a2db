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
rx(pi*0.099448569357) q[0];
rx(pi*0.003061308277) q[1];
rx(pi*-0.002344142416) q[2];
rx(pi*-0.000202005717) q[3];
rx(pi*0.000152796069) q[4];
rx(pi*0.003786835338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099184316927) q[0];
rx(pi*-0.004056545694) q[1];
rx(pi*0.001446886493) q[2];
rx(pi*0.002353972374) q[3];
rx(pi*0.006789863781) q[4];
rx(pi*-0.005344912953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09032643432) q[0];
rx(pi*0.004099585372) q[1];
rx(pi*-0.004285470275) q[2];
rx(pi*-0.003856324509) q[3];
rx(pi*0.001674707838) q[4];
rx(pi*0.003241699976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09620439077) q[0];
rx(pi*0.001582756416) q[1];
rx(pi*0.000361340501) q[2];
rx(pi*0.004816664522) q[3];
rx(pi*2.4744894e-05) q[4];
rx(pi*0.003152045146) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.091357944667) q[0];
rx(pi*-0.000724448728) q[1];
rx(pi*-0.000309219954) q[2];
rx(pi*0.003586963667) q[3];
rx(pi*0.001873754343) q[4];
rx(pi*-0.002392904897) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
