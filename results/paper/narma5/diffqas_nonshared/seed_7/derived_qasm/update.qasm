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
rz(pi*-0.003762577495) q[0];
rz(pi*0.002355765447) q[1];
rz(pi*-0.000762392) q[2];
rz(pi*0.001227708642) q[3];
rz(pi*-0.001370271573) q[4];
rz(pi*0.00097183772) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002390918243) q[0];
rz(pi*-8.4354022e-05) q[1];
rz(pi*0.001852067158) q[2];
rz(pi*0.000143441189) q[3];
rz(pi*-0.001455012461) q[4];
rz(pi*-0.003458932601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000533674044) q[0];
rz(pi*0.001098010346) q[1];
rz(pi*-0.000822358778) q[2];
rz(pi*-0.002448817288) q[3];
rz(pi*0.001727093373) q[4];
rz(pi*0.007899586315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000962718721) q[0];
rz(pi*0.00107187798) q[1];
rz(pi*0.001201263596) q[2];
rz(pi*-0.008169310011) q[3];
rz(pi*0.000394237207) q[4];
rz(pi*-0.002248917602) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004407610599) q[0];
rz(pi*-0.000808463612) q[1];
rz(pi*-0.002474977891) q[2];
rz(pi*-0.000695511434) q[3];
rz(pi*0.000530176055) q[4];
rz(pi*-0.001782233662) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
