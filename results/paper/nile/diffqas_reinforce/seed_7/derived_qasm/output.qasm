// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.005241409499) q[0];
rz(pi*-0.004976474051) q[1];
rz(pi*-0.000961147837) q[2];
rz(pi*0.001510049882) q[3];
rz(pi*0.001146700864) q[4];
rz(pi*0.002841801293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00414147127) q[0];
rz(pi*0.00158018131) q[1];
rz(pi*-6.3209701e-05) q[2];
rz(pi*-0.003283233099) q[3];
rz(pi*-0.003011406689) q[4];
rz(pi*-0.001487026898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000851447039) q[0];
rz(pi*0.000702648226) q[1];
rz(pi*1.3539868e-05) q[2];
rz(pi*-0.000486071717) q[3];
rz(pi*0.002006985276) q[4];
rz(pi*0.000663185651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000948111854) q[0];
rz(pi*0.000981822054) q[1];
rz(pi*-0.001738867149) q[2];
rz(pi*-0.00328121428) q[3];
rz(pi*0.001563375458) q[4];
rz(pi*0.001326474912) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000700336589) q[0];
rz(pi*-0.001323337145) q[1];
rz(pi*0.007252446643) q[2];
rz(pi*-0.002416643214) q[3];
rz(pi*-0.000692454005) q[4];
rz(pi*0.000845142973) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
