// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.105577943173) q[0];
ry(pi*-0.014619729398) q[1];
ry(pi*0.009445235594) q[2];
ry(pi*0.00605962288) q[3];
ry(pi*0.003724393654) q[4];
ry(pi*-0.001200937132) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009416871929) q[0];
ry(pi*0.031663061303) q[1];
ry(pi*-0.004255028798) q[2];
ry(pi*-0.003972201455) q[3];
ry(pi*-0.002187912955) q[4];
ry(pi*0.001862869174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002406708905) q[0];
ry(pi*-0.002761977904) q[1];
ry(pi*0.002633889624) q[2];
ry(pi*-0.004097579597) q[3];
ry(pi*0.000507718807) q[4];
ry(pi*0.014874536957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002766778899) q[0];
ry(pi*0.009766640462) q[1];
ry(pi*0.00985321726) q[2];
ry(pi*0.005099141758) q[3];
ry(pi*0.003181543025) q[4];
ry(pi*0.004383048895) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001855713187) q[0];
ry(pi*-0.410438968694) q[1];
ry(pi*-0.16504763188) q[2];
ry(pi*-0.001669230495) q[3];
ry(pi*-0.000150559138) q[4];
ry(pi*-0.002146010308) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
