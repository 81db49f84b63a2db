// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*1.262686523013) q[0];
ry(pi*0.857249377738) q[1];
ry(pi*0.200846835186) q[2];
ry(pi*0.454348964722) q[3];
ry(pi*0.30309317335) q[4];
ry(pi*1.25899738606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.108401201235) q[0];
ry(pi*0.785067710917) q[1];
ry(pi*1.094316440474) q[2];
ry(pi*1.257614120971) q[3];
ry(pi*0.433002043272) q[4];
ry(pi*0.111248328277) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.92431761332) q[0];
ry(pi*0.371026120999) q[1];
ry(pi*0.483870901644) q[2];
ry(pi*1.408401095747) q[3];
ry(pi*1.971632155084) q[4];
ry(pi*0.247175458117) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.804812118205) q[0];
ry(pi*1.711649504119) q[1];
ry(pi*0.169831818911) q[2];
ry(pi*0.500672863438) q[3];
ry(pi*1.227435537251) q[4];
ry(pi*1.65846418709) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.205272721877) q[0];
ry(pi*0.832710936562) q[1];
ry(pi*1.184263429327) q[2];
ry(pi*1.094101744862) q[3];
ry(pi*1.071082793103) q[4];
ry(pi*1.986033229494) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
