// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.05132473081) q[0];
ry(pi*0.329378435407) q[1];
ry(pi*-0.24327921465) q[2];
ry(pi*0.250103598159) q[3];
ry(pi*0.028589457204) q[4];
ry(pi*0.020016139724) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.184674806561) q[0];
ry(pi*0.014125995656) q[1];
ry(pi*0.264095506293) q[2];
ry(pi*-0.195763315114) q[3];
ry(pi*0.021044223118) q[4];
ry(pi*0.069068774905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.136818754118) q[0];
ry(pi*0.030949233015) q[1];
ry(pi*0.062353996959) q[2];
ry(pi*0.244986837834) q[3];
ry(pi*-0.053370500533) q[4];
ry(pi*0.20199743747) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.09751743772) q[0];
ry(pi*-0.264469079695) q[1];
ry(pi*0.107260531816) q[2];
ry(pi*-0.399086435384) q[3];
ry(pi*0.499588874471) q[4];
ry(pi*-0.194289853583) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.378070550436) q[0];
ry(pi*0.283519331063) q[1];
ry(pi*-0.086789752882) q[2];
ry(pi*0.054783495917) q[3];
ry(pi*0.149161370781) q[4];
ry(pi*0.003219346522) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
