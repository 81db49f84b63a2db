// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00855565978) q[0];
ry(pi*0.041890475101) q[1];
ry(pi*-0.255906754551) q[2];
ry(pi*-0.041635253699) q[3];
ry(pi*0.031043885682) q[4];
ry(pi*-0.455092354922) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499856200486) q[0];
ry(pi*0.038344705716) q[1];
ry(pi*-0.002048049861) q[2];
ry(pi*-0.459825106834) q[3];
ry(pi*0.011039209054) q[4];
ry(pi*0.320124819228) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.018920138637) q[0];
ry(pi*0.014292819469) q[1];
ry(pi*0.004787777031) q[2];
ry(pi*-0.015068616308) q[3];
ry(pi*0.006857080668) q[4];
ry(pi*0.047988705151) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009715354753) q[0];
ry(pi*0.023000069132) q[1];
ry(pi*-0.03808617357) q[2];
ry(pi*0.011044323396) q[3];
ry(pi*-0.029788347502) q[4];
ry(pi*0.024770271552) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016017864378) q[0];
ry(pi*-0.029921733033) q[1];
ry(pi*-0.413666916096) q[2];
ry(pi*-0.022427338797) q[3];
ry(pi*-0.023858033384) q[4];
ry(pi*0.003774444059) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
