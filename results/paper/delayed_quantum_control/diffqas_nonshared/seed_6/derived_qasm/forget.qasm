// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*-5.4561333e-05) q[0];
ry(pi*0.000166555026) q[1];
ry(pi*0.024845311141) q[2];
ry(pi*-9.3742975e-05) q[3];
ry(pi*-4.557027e-05) q[4];
ry(pi*-9.7965005e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001787233722) q[0];
ry(pi*-0.000507301814) q[1];
ry(pi*-0.000200214811) q[2];
ry(pi*-7.0582614e-05) q[3];
ry(pi*7.963902e-06) q[4];
ry(pi*0.013074785668) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002029264173) q[0];
ry(pi*0.631088153941) q[1];
ry(pi*4.736089e-06) q[2];
ry(pi*1.0619811e-05) q[3];
ry(pi*5.8403796e-05) q[4];
ry(pi*-0.00011861509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500000051859) q[0];
ry(pi*-0.502599735694) q[1];
ry(pi*0.500368085219) q[2];
ry(pi*-0.298260397112) q[3];
ry(pi*-0.250731140762) q[4];
ry(pi*0.038591306376) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500204198624) q[0];
ry(pi*-0.500000089805) q[1];
ry(pi*-0.212040680435) q[2];
ry(pi*-0.035697239017) q[3];
ry(pi*0.013915632944) q[4];
ry(pi*0.001834314744) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
