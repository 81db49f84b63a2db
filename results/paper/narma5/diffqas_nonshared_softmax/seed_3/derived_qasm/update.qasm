// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.005216693938) q[0];
rz(pi*0.000195307188) q[1];
rz(pi*-0.003068869509) q[2];
rz(pi*0.002410371831) q[3];
rz(pi*-0.006474943442) q[4];
rz(pi*-0.002910924053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002258572507) q[0];
rz(pi*0.003680934797) q[1];
rz(pi*-0.006869149115) q[2];
rz(pi*-0.001585349161) q[3];
rz(pi*0.001044133079) q[4];
rz(pi*-0.001939201874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005063136226) q[0];
rz(pi*-0.003791802048) q[1];
rz(pi*0.001128531568) q[2];
rz(pi*-0.003337161652) q[3];
rz(pi*0.004475322557) q[4];
rz(pi*-6.8916371e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001184925541) q[0];
rz(pi*-0.005469149469) q[1];
rz(pi*0.005353417487) q[2];
rz(pi*0.002396179919) q[3];
rz(pi*0.002398677504) q[4];
rz(pi*0.00362198647) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001111615437) q[0];
rz(pi*-0.002034788948) q[1];
rz(pi*-0.002547246124) q[2];
rz(pi*-0.002547115094) q[3];
rz(pi*0.004361075785) q[4];
rz(pi*-0.004648537518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
