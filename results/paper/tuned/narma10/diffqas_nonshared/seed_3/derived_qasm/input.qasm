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
rz(pi*0.000838118684) q[0];
rz(pi*0.004642642033) q[1];
rz(pi*-0.000122070677) q[2];
rz(pi*0.001332804991) q[3];
rz(pi*0.008295727801) q[4];
rz(pi*1.314287e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000225533147) q[0];
rz(pi*-0.003084761854) q[1];
rz(pi*-0.001981667775) q[2];
rz(pi*0.004841823274) q[3];
rz(pi*-0.000331486697) q[4];
rz(pi*-0.003667306138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002857398078) q[0];
rz(pi*0.000124416378) q[1];
rz(pi*0.002539435578) q[2];
rz(pi*-0.002267412918) q[3];
rz(pi*0.002369388917) q[4];
rz(pi*-0.001458863781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001224861767) q[0];
rz(pi*0.001741510882) q[1];
rz(pi*0.002017346471) q[2];
rz(pi*-0.001294675549) q[3];
rz(pi*-0.000463107281) q[4];
rz(pi*0.001681943421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004052850455) q[0];
rz(pi*0.000608263067) q[1];
rz(pi*0.001689566019) q[2];
rz(pi*0.003371691164) q[3];
rz(pi*-7.4461508e-05) q[4];
rz(pi*-0.000547510069) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
