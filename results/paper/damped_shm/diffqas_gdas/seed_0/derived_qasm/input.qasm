// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001409485871) q[0];
ry(pi*-0.001217756102) q[1];
ry(pi*0.004195874142) q[2];
ry(pi*0.002333261397) q[3];
ry(pi*-0.003008711373) q[4];
ry(pi*0.515224088173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005026274549) q[0];
ry(pi*0.139172019906) q[1];
ry(pi*-0.004097225637) q[2];
ry(pi*-0.007376464972) q[3];
ry(pi*0.000695121307) q[4];
ry(pi*0.010802205048) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003925777216) q[0];
ry(pi*-0.003125801982) q[1];
ry(pi*-0.298002917953) q[2];
ry(pi*0.001864266783) q[3];
ry(pi*0.001095695449) q[4];
ry(pi*-0.001114127102) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499385866071) q[0];
ry(pi*-0.012820561521) q[1];
ry(pi*0.000644088766) q[2];
ry(pi*-0.001740090594) q[3];
ry(pi*-0.004366465528) q[4];
ry(pi*0.00551638331) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026459149661) q[0];
ry(pi*-0.159494365548) q[1];
ry(pi*-0.201852808214) q[2];
ry(pi*-0.359973546829) q[3];
ry(pi*-0.508216617649) q[4];
ry(pi*-0.001170599634) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
