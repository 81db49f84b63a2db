// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.040469316692) q[0];
ry(pi*-0.010771144288) q[1];
ry(pi*0.030682898326) q[2];
ry(pi*-0.035020756211) q[3];
ry(pi*0.028846969565) q[4];
ry(pi*-0.044189839312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.143725896753) q[0];
ry(pi*0.212650388655) q[1];
ry(pi*0.46244061394) q[2];
ry(pi*0.008967071363) q[3];
ry(pi*0.025878109262) q[4];
ry(pi*-0.000543119249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025709396475) q[0];
ry(pi*0.086049085271) q[1];
ry(pi*-0.135090602422) q[2];
ry(pi*-0.008660238751) q[3];
ry(pi*-0.044460902959) q[4];
ry(pi*-0.115189442291) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028367689499) q[0];
ry(pi*0.271594048446) q[1];
ry(pi*0.140319766791) q[2];
ry(pi*-0.51734637973) q[3];
ry(pi*0.559870075029) q[4];
ry(pi*-0.190796913814) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00834813053) q[0];
ry(pi*0.015459739502) q[1];
ry(pi*0.024699175923) q[2];
ry(pi*0.004332339187) q[3];
ry(pi*-0.043547184916) q[4];
ry(pi*0.002026344742) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
