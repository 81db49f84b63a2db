// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.002745323093) q[0];
rz(pi*-0.001123746434) q[1];
rz(pi*-4.1883151e-05) q[2];
rz(pi*0.004442252465) q[3];
rz(pi*-0.002829011586) q[4];
rz(pi*-0.000683644573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006667630668) q[0];
rz(pi*-0.000967544024) q[1];
rz(pi*-0.001344697643) q[2];
rz(pi*-0.00193603965) q[3];
rz(pi*0.002070235822) q[4];
rz(pi*0.004633758933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002504936897) q[0];
rz(pi*0.002296844986) q[1];
rz(pi*0.003227898488) q[2];
rz(pi*-0.001716827634) q[3];
rz(pi*-0.00231958249) q[4];
rz(pi*0.001042958251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005372845581) q[0];
rz(pi*-0.001611318257) q[1];
rz(pi*-0.004399620404) q[2];
rz(pi*0.00028924178) q[3];
rz(pi*0.003211333204) q[4];
rz(pi*0.002238703446) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001565283701) q[0];
rz(pi*-0.000155948482) q[1];
rz(pi*0.002473509282) q[2];
rz(pi*-0.001029585132) q[3];
rz(pi*0.003929994502) q[4];
rz(pi*0.004270445341) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
