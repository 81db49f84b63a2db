// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.061449186622) q[0];
ry(pi*0.146274524923) q[1];
ry(pi*-0.039745091338) q[2];
ry(pi*0.112279544546) q[3];
ry(pi*0.007083833462) q[4];
ry(pi*-0.006336566893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.280983338743) q[0];
ry(pi*0.212573947454) q[1];
ry(pi*0.019651166906) q[2];
ry(pi*-0.013810784797) q[3];
ry(pi*-0.028327868073) q[4];
ry(pi*0.019418416352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.316254890963) q[0];
ry(pi*0.118205464101) q[1];
ry(pi*-0.066625763278) q[2];
ry(pi*0.018759578202) q[3];
ry(pi*0.023981553086) q[4];
ry(pi*-0.005134144106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.321069548227) q[0];
ry(pi*0.15955479375) q[1];
ry(pi*0.06219188906) q[2];
ry(pi*-0.147023531057) q[3];
ry(pi*0.098044614487) q[4];
ry(pi*-0.036476518541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.308796514117) q[0];
ry(pi*-0.279209576561) q[1];
ry(pi*-0.370397326195) q[2];
ry(pi*0.086002175152) q[3];
ry(pi*-0.448498338515) q[4];
ry(pi*0.000929669306) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
