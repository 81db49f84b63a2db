// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*1.205609743649) q[0];
ry(pi*1.630483482354) q[1];
ry(pi*0.17224778963) q[2];
ry(pi*0.592985943656) q[3];
ry(pi*1.358896643552) q[4];
ry(pi*1.231091282168) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.675505557132) q[0];
ry(pi*1.925839227685) q[1];
ry(pi*0.505404628768) q[2];
ry(pi*0.884446507994) q[3];
ry(pi*0.025284361867) q[4];
ry(pi*1.500752994206) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.50037945875) q[0];
ry(pi*0.272651247893) q[1];
ry(pi*0.768190465259) q[2];
ry(pi*1.670124534259) q[3];
ry(pi*1.981457154532) q[4];
ry(pi*0.200031879782) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.461107692406) q[0];
ry(pi*0.153901503092) q[1];
ry(pi*0.044965587534) q[2];
ry(pi*1.151585451717) q[3];
ry(pi*1.042459747021) q[4];
ry(pi*0.789480316684) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.127367745472) q[0];
ry(pi*0.925616839254) q[1];
ry(pi*0.500201390658) q[2];
ry(pi*1.139015854588) q[3];
ry(pi*0.223951448901) q[4];
ry(pi*0.0021473092) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
