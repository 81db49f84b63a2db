// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.031088438437) q[0];
ry(pi*0.065751100636) q[1];
ry(pi*-0.111385785834) q[2];
ry(pi*-0.101198378445) q[3];
ry(pi*-0.035601896216) q[4];
ry(pi*0.132874547545) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041846363463) q[0];
ry(pi*0.233943218801) q[1];
ry(pi*0.079590259178) q[2];
ry(pi*-0.368071912401) q[3];
ry(pi*-0.033678503088) q[4];
ry(pi*0.04419444969) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.192893117843) q[0];
ry(pi*0.063682321714) q[1];
ry(pi*0.26215588435) q[2];
ry(pi*0.041623647121) q[3];
ry(pi*-0.023967373329) q[4];
ry(pi*-0.181937911815) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.061236767739) q[0];
ry(pi*0.331783420905) q[1];
ry(pi*-0.076449078895) q[2];
ry(pi*0.199690616969) q[3];
ry(pi*-0.4257481547) q[4];
ry(pi*0.064458013017) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.18160643894) q[0];
ry(pi*0.042798833343) q[1];
ry(pi*-0.121096550368) q[2];
ry(pi*0.117712665953) q[3];
ry(pi*0.026655019565) q[4];
ry(pi*-0.001418137889) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
