// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00582142359) q[0];
rz(pi*-0.00378167653) q[1];
rz(pi*0.000279119245) q[2];
rz(pi*-0.000592748436) q[3];
rz(pi*0.001780563616) q[4];
rz(pi*0.000506703172) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002099741112) q[0];
rz(pi*-0.001342099266) q[1];
rz(pi*0.000155979368) q[2];
rz(pi*-0.002133765771) q[3];
rz(pi*-0.002114501465) q[4];
rz(pi*-0.000450538021) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000452032273) q[0];
rz(pi*-0.00373213246) q[1];
rz(pi*0.004997651787) q[2];
rz(pi*-0.00042998279) q[3];
rz(pi*-0.004404456083) q[4];
rz(pi*0.003506293322) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002381859349) q[0];
rz(pi*0.001617910398) q[1];
rz(pi*-5.4168788e-05) q[2];
rz(pi*0.000797735783) q[3];
rz(pi*0.000544377231) q[4];
rz(pi*-0.001830815606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000130335801) q[0];
rz(pi*0.006471533091) q[1];
rz(pi*-0.007122520674) q[2];
rz(pi*0.000209947275) q[3];
rz(pi*0.001384588883) q[4];
rz(pi*-0.003349484155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
