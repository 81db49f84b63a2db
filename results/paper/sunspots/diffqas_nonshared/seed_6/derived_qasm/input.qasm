// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.005397715295) q[0];
ry(pi*0.002151813745) q[1];
ry(pi*0.000503404063) q[2];
ry(pi*0.001175756442) q[3];
ry(pi*0.000653037232) q[4];
ry(pi*0.000135778756) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002356946649) q[0];
ry(pi*0.014806117672) q[1];
ry(pi*0.000556222117) q[2];
ry(pi*-0.000667107822) q[3];
ry(pi*-0.002021285095) q[4];
ry(pi*0.000186011301) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000537520028) q[0];
ry(pi*7.5525265e-05) q[1];
ry(pi*-0.000123779095) q[2];
ry(pi*-5.8639788e-05) q[3];
ry(pi*-1.2271834e-05) q[4];
ry(pi*-0.000753618735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000385779734) q[0];
ry(pi*-0.001150360826) q[1];
ry(pi*-0.003208096868) q[2];
ry(pi*-0.001337315169) q[3];
ry(pi*0.000121998686) q[4];
ry(pi*-0.000573363476) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.221549e-06) q[0];
ry(pi*0.000443983789) q[1];
ry(pi*-0.023679298242) q[2];
ry(pi*-0.013201999127) q[3];
ry(pi*0.002357855858) q[4];
ry(pi*0.00092955458) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
