// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.561798047704) q[0];
ry(pi*-0.138999661979) q[1];
ry(pi*0.063173885278) q[2];
ry(pi*0.049912997114) q[3];
ry(pi*-0.018695783524) q[4];
ry(pi*-0.207075151881) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.652320176431) q[0];
ry(pi*0.20955775489) q[1];
ry(pi*-0.062371632128) q[2];
ry(pi*0.004759913772) q[3];
ry(pi*0.018585509171) q[4];
ry(pi*0.203738699335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024310763461) q[0];
ry(pi*-0.035644321652) q[1];
ry(pi*-0.001528292772) q[2];
ry(pi*-0.142970326048) q[3];
ry(pi*-0.004980969999) q[4];
ry(pi*-0.026623731132) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.2045672582) q[0];
ry(pi*0.032515976432) q[1];
ry(pi*0.419082686926) q[2];
ry(pi*-0.073892311415) q[3];
ry(pi*-0.027308825193) q[4];
ry(pi*0.041145348895) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.195034856467) q[0];
ry(pi*-0.597570935809) q[1];
ry(pi*0.356708336951) q[2];
ry(pi*0.078269480834) q[3];
ry(pi*0.43406504838) q[4];
ry(pi*0.002312267903) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
