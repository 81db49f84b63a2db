// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.000709102591) q[0];
rz(pi*-0.005164613153) q[1];
rz(pi*-0.001561485891) q[2];
rz(pi*0.000508903899) q[3];
rz(pi*-0.003981438515) q[4];
rz(pi*0.000235212546) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002111326939) q[0];
rz(pi*-0.000976453582) q[1];
rz(pi*-0.001976020269) q[2];
rz(pi*-0.001973920075) q[3];
rz(pi*0.002995748243) q[4];
rz(pi*-0.004884482905) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000956371744) q[0];
rz(pi*-0.001335010573) q[1];
rz(pi*0.000458349938) q[2];
rz(pi*-0.000221457952) q[3];
rz(pi*-0.003525304015) q[4];
rz(pi*0.006493804132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00056534712) q[0];
rz(pi*-0.004271843988) q[1];
rz(pi*-0.002837522049) q[2];
rz(pi*0.00031061573) q[3];
rz(pi*0.00195114092) q[4];
rz(pi*-0.004272212474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00226425277) q[0];
rz(pi*-0.004371324626) q[1];
rz(pi*-0.002528619037) q[2];
rz(pi*0.002715505048) q[3];
rz(pi*0.005414441551) q[4];
rz(pi*-0.000269633705) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
