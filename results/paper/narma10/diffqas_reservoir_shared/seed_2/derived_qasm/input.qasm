// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*1.867263525363) q[0];
rz(pi*0.321895090425) q[1];
rz(pi*0.785312383471) q[2];
rz(pi*0.821691109355) q[3];
rz(pi*1.063176242011) q[4];
rz(pi*1.557922588251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.638683503907) q[0];
rz(pi*1.630081715449) q[1];
rz(pi*1.824518683717) q[2];
rz(pi*1.465572966521) q[3];
rz(pi*0.282599987601) q[4];
rz(pi*1.080844878919) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.913557912602) q[0];
rz(pi*0.203416712834) q[1];
rz(pi*1.371099914869) q[2];
rz(pi*0.246484205027) q[3];
rz(pi*1.202410710715) q[4];
rz(pi*1.459043609239) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.638892507696) q[0];
rz(pi*0.240001141249) q[1];
rz(pi*0.454732138334) q[2];
rz(pi*0.906176603057) q[3];
rz(pi*0.328238742453) q[4];
rz(pi*0.021375046177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.617790865928) q[0];
rz(pi*0.40154644185) q[1];
rz(pi*0.074094342719) q[2];
rz(pi*1.883788333259) q[3];
rz(pi*0.802278725151) q[4];
rz(pi*1.321124483186) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
