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
rz(pi*0.000119291105) q[0];
rz(pi*0.00265600829) q[1];
rz(pi*0.001926593297) q[2];
rz(pi*0.005165832745) q[3];
rz(pi*0.003569738191) q[4];
rz(pi*0.002754805613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00015946978) q[0];
rz(pi*-0.000642273607) q[1];
rz(pi*-0.000841320113) q[2];
rz(pi*-0.003000447259) q[3];
rz(pi*0.004904140154) q[4];
rz(pi*-0.001135813842) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001449564615) q[0];
rz(pi*-0.002152699684) q[1];
rz(pi*0.001426028476) q[2];
rz(pi*-0.003073309725) q[3];
rz(pi*0.009476145758) q[4];
rz(pi*-0.004733352518) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000394449761) q[0];
rz(pi*-0.003638808182) q[1];
rz(pi*0.00058337727) q[2];
rz(pi*0.001547064972) q[3];
rz(pi*-0.00203218568) q[4];
rz(pi*0.000702135294) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-8.9589481e-05) q[0];
rz(pi*0.003169500667) q[1];
rz(pi*-0.00046756369) q[2];
rz(pi*0.000657557934) q[3];
rz(pi*-0.00373632603) q[4];
rz(pi*-0.004419395936) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
