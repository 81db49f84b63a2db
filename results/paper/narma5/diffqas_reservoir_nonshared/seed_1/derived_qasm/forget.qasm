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
rx(pi*0.951276038582) q[0];
rx(pi*1.162481728391) q[1];
rx(pi*0.357461251471) q[2];
rx(pi*1.144537834859) q[3];
rx(pi*1.229507361299) q[4];
rx(pi*1.746412434918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.386111883928) q[0];
rx(pi*0.243109067049) q[1];
rx(pi*0.041138419098) q[2];
rx(pi*1.118529916428) q[3];
rx(pi*1.073082976056) q[4];
rx(pi*1.475418001191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.215353539737) q[0];
rx(pi*0.486676591573) q[1];
rx(pi*1.291889452155) q[2];
rx(pi*1.161381764371) q[3];
rx(pi*1.564476382433) q[4];
rx(pi*0.389810241636) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.007223939458) q[0];
rx(pi*1.14333685993) q[1];
rx(pi*1.174259630705) q[2];
rx(pi*1.934781007782) q[3];
rx(pi*0.29662908232) q[4];
rx(pi*0.181361747413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.381674651533) q[0];
rx(pi*0.407670844806) q[1];
rx(pi*1.89390384342) q[2];
rx(pi*0.1966704591) q[3];
rx(pi*1.178056305192) q[4];
rx(pi*1.44881486972) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
