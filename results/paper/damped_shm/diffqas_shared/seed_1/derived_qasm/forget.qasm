// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.320602553015) q[0];
ry(pi*0.113177856717) q[1];
ry(pi*0.005425899312) q[2];
ry(pi*-0.000528334364) q[3];
ry(pi*0.128299259952) q[4];
ry(pi*0.028892397438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.275325380789) q[0];
ry(pi*0.402593244231) q[1];
ry(pi*-0.34574675608) q[2];
ry(pi*-0.224669965829) q[3];
ry(pi*0.360739324872) q[4];
ry(pi*0.398032651032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.403991573682) q[0];
ry(pi*0.338919071312) q[1];
ry(pi*-0.216313570889) q[2];
ry(pi*-0.130374802659) q[3];
ry(pi*0.014899416158) q[4];
ry(pi*-0.266233450366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117959311673) q[0];
ry(pi*-0.179667082616) q[1];
ry(pi*0.095534377672) q[2];
ry(pi*-0.071989586724) q[3];
ry(pi*-0.026244980541) q[4];
ry(pi*-0.002882168482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.233240088772) q[0];
ry(pi*0.13703941666) q[1];
ry(pi*-0.024339322189) q[2];
ry(pi*-0.014416703211) q[3];
ry(pi*0.478350135629) q[4];
ry(pi*-0.009231841986) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
