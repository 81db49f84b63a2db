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
ry(pi*-0.11360063594) q[0];
ry(pi*-0.099392628211) q[1];
ry(pi*0.003910904657) q[2];
ry(pi*0.014641817234) q[3];
ry(pi*0.033345362983) q[4];
ry(pi*-0.00117679809) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.116987612913) q[0];
ry(pi*-0.090493489364) q[1];
ry(pi*0.002920305187) q[2];
ry(pi*-0.000509442251) q[3];
ry(pi*0.002773363331) q[4];
ry(pi*-0.004886507653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107782159055) q[0];
ry(pi*-0.115914002039) q[1];
ry(pi*-0.066850410097) q[2];
ry(pi*0.002625798636) q[3];
ry(pi*-0.009464106363) q[4];
ry(pi*0.005018571613) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.094922819609) q[0];
ry(pi*-0.098562598958) q[1];
ry(pi*-0.031658996392) q[2];
ry(pi*0.00463369994) q[3];
ry(pi*0.009829069695) q[4];
ry(pi*-0.000100659802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106761169097) q[0];
ry(pi*-0.134551548714) q[1];
ry(pi*0.010172225633) q[2];
ry(pi*0.022338112336) q[3];
ry(pi*-0.006889586914) q[4];
ry(pi*-0.004872134907) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
