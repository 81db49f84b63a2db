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
ry(pi*-0.165961112763) q[0];
ry(pi*-0.151167074803) q[1];
ry(pi*-0.122338961778) q[2];
ry(pi*-0.074131628911) q[3];
ry(pi*-0.034087391888) q[4];
ry(pi*-1.505579e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.168756671245) q[0];
ry(pi*-0.130172752383) q[1];
ry(pi*-0.089702686267) q[2];
ry(pi*-0.000741216338) q[3];
ry(pi*-0.01472004543) q[4];
ry(pi*1.4546466e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.110985641098) q[0];
ry(pi*-0.126499761238) q[1];
ry(pi*-0.083006273941) q[2];
ry(pi*-0.045166290745) q[3];
ry(pi*-0.042288997666) q[4];
ry(pi*2.3747636e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017594445165) q[0];
ry(pi*-0.079247725191) q[1];
ry(pi*-0.145668307689) q[2];
ry(pi*-0.10584238533) q[3];
ry(pi*0.018532226581) q[4];
ry(pi*-0.003894076423) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09996273082) q[0];
ry(pi*-0.109260970901) q[1];
ry(pi*-0.130045881619) q[2];
ry(pi*-0.080078541813) q[3];
ry(pi*-0.004617673304) q[4];
ry(pi*0.002043508853) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
