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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00760823843) q[0];
rz(pi*0.002376622574) q[1];
rz(pi*0.005496358168) q[2];
rz(pi*-0.0027428596) q[3];
rz(pi*0.001431674499) q[4];
rz(pi*0.002755043661) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000102270225) q[0];
rz(pi*-0.00366197954) q[1];
rz(pi*-0.000647739389) q[2];
rz(pi*-0.002028959868) q[3];
rz(pi*0.001673596302) q[4];
rz(pi*-0.00546872614) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001581678379) q[0];
rz(pi*0.000187929364) q[1];
rz(pi*-0.004886339862) q[2];
rz(pi*-0.003166128854) q[3];
rz(pi*0.001647191425) q[4];
rz(pi*0.003941066583) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002633776676) q[0];
rz(pi*0.009010402747) q[1];
rz(pi*0.000541594833) q[2];
rz(pi*-0.003768351732) q[3];
rz(pi*4.499911e-05) q[4];
rz(pi*-0.002309197875) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007533084412) q[0];
rz(pi*0.003229533405) q[1];
rz(pi*-0.003121688157) q[2];
rz(pi*-0.002950267899) q[3];
rz(pi*0.005582202737) q[4];
rz(pi*-0.002072452817) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
