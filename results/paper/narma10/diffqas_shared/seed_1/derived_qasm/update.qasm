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
rz(pi*0.000172176759) q[0];
rz(pi*0.00086828476) q[1];
rz(pi*-0.003126314246) q[2];
rz(pi*-0.003524768925) q[3];
rz(pi*0.000635302308) q[4];
rz(pi*-0.00148567924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000749614225) q[0];
rz(pi*0.002417631279) q[1];
rz(pi*-0.005248180399) q[2];
rz(pi*0.000809765839) q[3];
rz(pi*0.003898106353) q[4];
rz(pi*-0.000947064648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580923048) q[0];
rz(pi*0.002394420494) q[1];
rz(pi*0.000806705001) q[2];
rz(pi*0.00285165645) q[3];
rz(pi*-0.001098852484) q[4];
rz(pi*-0.004716753439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000350197532) q[0];
rz(pi*-0.001419118987) q[1];
rz(pi*0.002467962421) q[2];
rz(pi*0.000616357242) q[3];
rz(pi*-0.005191118674) q[4];
rz(pi*-0.003804305681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002813167563) q[0];
rz(pi*0.002163736042) q[1];
rz(pi*-0.002037950579) q[2];
rz(pi*-3.301268e-06) q[3];
rz(pi*0.001418301084) q[4];
rz(pi*0.001490975749) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
