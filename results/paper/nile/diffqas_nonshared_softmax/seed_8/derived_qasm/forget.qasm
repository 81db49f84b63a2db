// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.095173326283) q[0];
ry(pi*-0.049275261402) q[1];
ry(pi*0.460488697658) q[2];
ry(pi*0.059877635985) q[3];
ry(pi*-0.526668829038) q[4];
ry(pi*0.27020321323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.082603093566) q[0];
ry(pi*0.167419927334) q[1];
ry(pi*-0.20181797425) q[2];
ry(pi*0.052964080561) q[3];
ry(pi*-0.163478092354) q[4];
ry(pi*-0.250902085219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004830308002) q[0];
ry(pi*0.071699422264) q[1];
ry(pi*-0.013641806392) q[2];
ry(pi*-0.107867119019) q[3];
ry(pi*-0.091512686397) q[4];
ry(pi*-0.010639696349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.01816120027) q[0];
ry(pi*-0.07277620633) q[1];
ry(pi*0.066899777186) q[2];
ry(pi*0.018532877583) q[3];
ry(pi*0.207256740049) q[4];
ry(pi*0.062702692346) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000967871897) q[0];
ry(pi*0.047200719508) q[1];
ry(pi*0.113754618761) q[2];
ry(pi*0.093869898516) q[3];
ry(pi*-0.016462381627) q[4];
ry(pi*0.002631047565) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
