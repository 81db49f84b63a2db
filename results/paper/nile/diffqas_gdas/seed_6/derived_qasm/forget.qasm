// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
rz(pi*0.003350485561) q[0];
rz(pi*0.005652940848) q[1];
rz(pi*-0.008129386607) q[2];
rz(pi*-0.000441631501) q[3];
rz(pi*0.003224231708) q[4];
rz(pi*0.004301778241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002079042438) q[0];
rz(pi*0.00476351059) q[1];
rz(pi*0.000920809329) q[2];
rz(pi*0.001752613201) q[3];
rz(pi*0.000567686363) q[4];
rz(pi*-0.003419806052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002696277947) q[0];
rz(pi*0.001206890573) q[1];
rz(pi*-0.001847713061) q[2];
rz(pi*0.004046173826) q[3];
rz(pi*0.004112273694) q[4];
rz(pi*0.005724399923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-8.4274361e-05) q[0];
rz(pi*0.004403565846) q[1];
rz(pi*-0.002884572685) q[2];
rz(pi*-0.002599722077) q[3];
rz(pi*0.000257886332) q[4];
rz(pi*0.000895392295) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005090097093) q[0];
rz(pi*-0.005509543635) q[1];
rz(pi*0.001129440111) q[2];
rz(pi*-0.002745198288) q[3];
rz(pi*0.003845202921) q[4];
rz(pi*0.001255842633) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
