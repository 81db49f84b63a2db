// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.028645438667) q[0];
ry(pi*0.018244037658) q[1];
ry(pi*0.185553889852) q[2];
ry(pi*0.01606525593) q[3];
ry(pi*-0.020053973755) q[4];
ry(pi*-0.004441548102) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.034048827407) q[0];
ry(pi*0.172691827817) q[1];
ry(pi*-0.182625996456) q[2];
ry(pi*-0.013715827381) q[3];
ry(pi*-0.014975965266) q[4];
ry(pi*-0.017503824207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.195733603791) q[0];
ry(pi*0.057872809452) q[1];
ry(pi*0.23144374902) q[2];
ry(pi*-0.012628467194) q[3];
ry(pi*-0.002298348576) q[4];
ry(pi*0.27213860425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001958154315) q[0];
ry(pi*-0.474529251916) q[1];
ry(pi*0.039800451445) q[2];
ry(pi*-0.490919656867) q[3];
ry(pi*-0.491548034271) q[4];
ry(pi*-0.02134227787) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00758188054) q[0];
ry(pi*0.020230076427) q[1];
ry(pi*-0.027767187805) q[2];
ry(pi*0.013273553659) q[3];
ry(pi*-0.0394283176) q[4];
ry(pi*-0.001550204814) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
