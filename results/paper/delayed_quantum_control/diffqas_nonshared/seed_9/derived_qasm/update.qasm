// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.167126551736) q[0];
rx(pi*-0.094514355324) q[1];
rx(pi*0.002441888678) q[2];
rx(pi*0.008146869401) q[3];
rx(pi*0.000609164606) q[4];
rx(pi*-0.00162052419) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00413182511) q[0];
rx(pi*-0.105135147701) q[1];
rx(pi*0.006403040879) q[2];
rx(pi*0.002444481274) q[3];
rx(pi*1.0729078e-05) q[4];
rx(pi*0.001535623961) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168006147292) q[0];
rx(pi*-0.098248761252) q[1];
rx(pi*0.003888349914) q[2];
rx(pi*0.001065086996) q[3];
rx(pi*0.001457124217) q[4];
rx(pi*-0.004673911789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005484385771) q[0];
rx(pi*-0.101993953188) q[1];
rx(pi*0.009192551204) q[2];
rx(pi*-0.003006990782) q[3];
rx(pi*0.001787272853) q[4];
rx(pi*0.001083905146) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.164706369067) q[0];
rx(pi*-0.08954385591) q[1];
rx(pi*0.00353654774) q[2];
rx(pi*-0.000333819011) q[3];
rx(pi*0.001444430115) q[4];
rx(pi*0.000774611487) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
