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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.006056367868) q[0];
rx(pi*0.103167958356) q[1];
rx(pi*-0.003744609413) q[2];
rx(pi*0.006788047733) q[3];
rx(pi*-0.001066146209) q[4];
rx(pi*-0.000571199471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.239360033132) q[0];
rx(pi*0.100315481631) q[1];
rx(pi*-0.007952943611) q[2];
rx(pi*-0.001012513142) q[3];
rx(pi*0.002811069592) q[4];
rx(pi*-0.001199072244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008023142184) q[0];
rx(pi*0.104603047506) q[1];
rx(pi*-0.003188698716) q[2];
rx(pi*-0.003937913846) q[3];
rx(pi*0.000337258451) q[4];
rx(pi*0.000563945508) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.244113161775) q[0];
rx(pi*0.096946405446) q[1];
rx(pi*-0.003367800268) q[2];
rx(pi*-0.00245395164) q[3];
rx(pi*0.001850764264) q[4];
rx(pi*0.008102592344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003538930302) q[0];
rx(pi*0.094967870398) q[1];
rx(pi*0.005244697714) q[2];
rx(pi*-0.002562333016) q[3];
rx(pi*0.002981772147) q[4];
rx(pi*0.00141121328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
