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
ry(pi*-0.014190581261) q[0];
ry(pi*-5.8037756e-05) q[1];
ry(pi*-0.004500775387) q[2];
ry(pi*-0.006251283799) q[3];
ry(pi*0.125697308874) q[4];
ry(pi*0.250854558486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016964373258) q[0];
ry(pi*0.499030961853) q[1];
ry(pi*-0.007730855741) q[2];
ry(pi*-0.364286280053) q[3];
ry(pi*0.26546349832) q[4];
ry(pi*0.163409126416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003797974713) q[0];
ry(pi*-0.010797240117) q[1];
ry(pi*0.007224147011) q[2];
ry(pi*0.014847524508) q[3];
ry(pi*-0.082385295909) q[4];
ry(pi*-0.451425150465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018231425524) q[0];
ry(pi*0.000171929057) q[1];
ry(pi*-0.076509673107) q[2];
ry(pi*-0.025816898435) q[3];
ry(pi*-0.009636044518) q[4];
ry(pi*0.030311124964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013320419904) q[0];
ry(pi*-0.003014925541) q[1];
ry(pi*0.022528812166) q[2];
ry(pi*-0.001901108154) q[3];
ry(pi*0.032116664126) q[4];
ry(pi*-0.004707757096) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
