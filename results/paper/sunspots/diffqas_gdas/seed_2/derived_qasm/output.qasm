// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.00607778395) q[0];
rz(pi*0.003395147112) q[1];
rz(pi*0.003862655774) q[2];
rz(pi*-0.000775298508) q[3];
rz(pi*0.001306832337) q[4];
rz(pi*-0.000863385048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000743695172) q[0];
rz(pi*-0.003662339132) q[1];
rz(pi*-0.002460049007) q[2];
rz(pi*-0.00160213441) q[3];
rz(pi*0.000110956455) q[4];
rz(pi*0.003078783363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001727439774) q[0];
rz(pi*-0.005659579531) q[1];
rz(pi*0.00322998964) q[2];
rz(pi*-0.00474224629) q[3];
rz(pi*0.001499615168) q[4];
rz(pi*-0.000640347058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000179661619) q[0];
rz(pi*-0.001529990537) q[1];
rz(pi*-0.003342664342) q[2];
rz(pi*0.005051670757) q[3];
rz(pi*-0.007704936596) q[4];
rz(pi*-0.002826379414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004096101798) q[0];
rz(pi*-9.0731311e-05) q[1];
rz(pi*-1.642433e-06) q[2];
rz(pi*-0.002739955584) q[3];
rz(pi*-0.003607584375) q[4];
rz(pi*0.001802463947) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
