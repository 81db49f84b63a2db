// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.886030049408) q[0];
rz(pi*1.506598270098) q[1];
rz(pi*1.06230683482) q[2];
rz(pi*1.900513645152) q[3];
rz(pi*0.215748315817) q[4];
rz(pi*1.486149746197) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.8081010339) q[0];
rz(pi*1.079090962232) q[1];
rz(pi*1.950893272252) q[2];
rz(pi*1.050965229812) q[3];
rz(pi*1.994917028875) q[4];
rz(pi*0.330649875121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.871239122978) q[0];
rz(pi*1.861399124942) q[1];
rz(pi*1.252844751655) q[2];
rz(pi*0.700592310717) q[3];
rz(pi*1.279394152305) q[4];
rz(pi*1.144885112032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.794317304873) q[0];
rz(pi*1.122230968266) q[1];
rz(pi*0.335801203793) q[2];
rz(pi*0.701039536325) q[3];
rz(pi*1.167075789518) q[4];
rz(pi*1.025818370563) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.199363147344) q[0];
rz(pi*1.491061714684) q[1];
rz(pi*1.212409121077) q[2];
rz(pi*0.057822721398) q[3];
rz(pi*0.384725810872) q[4];
rz(pi*1.696801279991) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
