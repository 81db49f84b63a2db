// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*0.002790600666) q[0];
rz(pi*0.000818310394) q[1];
rz(pi*-0.000299471371) q[2];
rz(pi*-0.000821430596) q[3];
rz(pi*0.003362915971) q[4];
rz(pi*-0.00716244645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000439383083) q[0];
rz(pi*0.000106517471) q[1];
rz(pi*-0.004535181872) q[2];
rz(pi*0.001060954495) q[3];
rz(pi*-0.002072208098) q[4];
rz(pi*0.002745790889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00039924038) q[0];
rz(pi*0.002129911635) q[1];
rz(pi*0.003879815142) q[2];
rz(pi*0.001218455574) q[3];
rz(pi*-0.002787742006) q[4];
rz(pi*-0.004820008172) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005581257064) q[0];
rz(pi*-0.000354255995) q[1];
rz(pi*-0.002191682751) q[2];
rz(pi*0.000459063603) q[3];
rz(pi*-0.000608661458) q[4];
rz(pi*0.0027131714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000108494463) q[0];
rz(pi*4.4109846e-05) q[1];
rz(pi*-0.002273784056) q[2];
rz(pi*0.001495564338) q[3];
rz(pi*-0.003290667748) q[4];
rz(pi*0.002119726382) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
