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
rx(pi*-0.03413697005) q[0];
rx(pi*0.005806082345) q[1];
rx(pi*0.007100323152) q[2];
rx(pi*-0.001618270139) q[3];
rx(pi*-0.002955810906) q[4];
rx(pi*0.008570648844) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.036960266689) q[0];
rx(pi*-0.001803844215) q[1];
rx(pi*0.000218800397) q[2];
rx(pi*0.001514336241) q[3];
rx(pi*0.003269324296) q[4];
rx(pi*0.001244511308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.03689089758) q[0];
rx(pi*0.001494858641) q[1];
rx(pi*0.000998107861) q[2];
rx(pi*0.006023546794) q[3];
rx(pi*-5.5234027e-05) q[4];
rx(pi*-0.004255717746) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.037345788179) q[0];
rx(pi*0.004620893928) q[1];
rx(pi*-0.001570730362) q[2];
rx(pi*-0.006737701175) q[3];
rx(pi*-0.001854609803) q[4];
rx(pi*4.8139e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.030278128984) q[0];
rx(pi*-0.003311198929) q[1];
rx(pi*0.002347026718) q[2];
rx(pi*0.002583838329) q[3];
rx(pi*-0.002233697308) q[4];
rx(pi*-0.000597116319) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
