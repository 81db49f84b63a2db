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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001582463969) q[0];
rz(pi*-0.002539030332) q[1];
rz(pi*0.001656189991) q[2];
rz(pi*-0.004567541969) q[3];
rz(pi*0.000731077035) q[4];
rz(pi*-0.000277503338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006960057628) q[0];
rz(pi*-0.000168601471) q[1];
rz(pi*-0.001048214369) q[2];
rz(pi*-0.001677839231) q[3];
rz(pi*-0.003702692981) q[4];
rz(pi*0.002506822907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004652520609) q[0];
rz(pi*-0.001105334864) q[1];
rz(pi*0.002311056908) q[2];
rz(pi*-0.001056842893) q[3];
rz(pi*0.001332278942) q[4];
rz(pi*0.001509906846) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004472328717) q[0];
rz(pi*-0.002388717552) q[1];
rz(pi*0.003012534382) q[2];
rz(pi*-0.005982120985) q[3];
rz(pi*6.9372203e-05) q[4];
rz(pi*-0.001043727759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00289663787) q[0];
rz(pi*0.00019931809) q[1];
rz(pi*0.001015128342) q[2];
rz(pi*0.001746523542) q[3];
rz(pi*-0.008299415628) q[4];
rz(pi*0.00535940161) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
