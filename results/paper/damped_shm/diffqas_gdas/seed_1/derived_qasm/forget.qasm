// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.136495314956) q[0];
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
ry(pi*0.41539719274) q[0];
ry(pi*-0.266516865272) q[1];
ry(pi*-0.106515301259) q[2];
ry(pi*-0.050891839113) q[3];
ry(pi*-0.0462472251) q[4];
ry(pi*0.040299814164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.060519778117) q[0];
ry(pi*0.22754706918) q[1];
ry(pi*0.114094487076) q[2];
ry(pi*0.191344884713) q[3];
ry(pi*-0.053637295311) q[4];
ry(pi*0.009202406954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077323589754) q[0];
ry(pi*-0.038742578465) q[1];
ry(pi*-0.236248616346) q[2];
ry(pi*-0.442440074558) q[3];
ry(pi*0.001437250116) q[4];
ry(pi*-0.027943831201) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.077297222378) q[0];
ry(pi*-0.238053683562) q[1];
ry(pi*-0.067732258667) q[2];
ry(pi*-0.149789197974) q[3];
ry(pi*-0.244886680698) q[4];
ry(pi*-0.016719238243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.082183909679) q[0];
ry(pi*-0.241094673508) q[1];
ry(pi*-0.135489722628) q[2];
ry(pi*-0.060473626908) q[3];
ry(pi*0.194897721446) q[4];
ry(pi*0.000386090821) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
