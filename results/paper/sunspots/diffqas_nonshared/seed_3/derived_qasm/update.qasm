// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.003482658318) q[0];
ry(pi*0.415918905357) q[1];
ry(pi*-0.049032979414) q[2];
ry(pi*-0.025052996323) q[3];
ry(pi*-0.487494544671) q[4];
ry(pi*-0.103245006685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.127687474217) q[0];
ry(pi*0.277984278569) q[1];
ry(pi*-0.551687356621) q[2];
ry(pi*0.11870958898) q[3];
ry(pi*0.117231061725) q[4];
ry(pi*0.099263423799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101393598533) q[0];
ry(pi*0.163625529577) q[1];
ry(pi*0.478982307582) q[2];
ry(pi*0.043824708783) q[3];
ry(pi*-0.036907989654) q[4];
ry(pi*-0.00782106997) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.049347258237) q[0];
ry(pi*0.076519135765) q[1];
ry(pi*0.394027541939) q[2];
ry(pi*0.270935978692) q[3];
ry(pi*0.256160002787) q[4];
ry(pi*-0.250558071358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.221620589928) q[0];
ry(pi*-0.009952278126) q[1];
ry(pi*-0.04131450517) q[2];
ry(pi*-0.00158089516) q[3];
ry(pi*-0.018899612495) q[4];
ry(pi*0.002059192645) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
