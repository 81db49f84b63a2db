// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.581261496427) q[0];
ry(pi*1.912474824209) q[1];
ry(pi*1.851044406378) q[2];
ry(pi*1.617554086037) q[3];
ry(pi*0.864235826458) q[4];
ry(pi*1.532668039686) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.467664608236) q[0];
ry(pi*1.808097391133) q[1];
ry(pi*0.559468611688) q[2];
ry(pi*1.960769422228) q[3];
ry(pi*0.603366503102) q[4];
ry(pi*0.528166537741) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.672654863846) q[0];
ry(pi*0.970283772024) q[1];
ry(pi*0.400401284745) q[2];
ry(pi*0.527446370184) q[3];
ry(pi*1.768473187028) q[4];
ry(pi*1.862639639077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.31075975713) q[0];
ry(pi*0.882702457135) q[1];
ry(pi*0.839692831823) q[2];
ry(pi*1.656578295969) q[3];
ry(pi*1.320827901194) q[4];
ry(pi*0.816083372265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.577391511243) q[0];
ry(pi*1.210302007718) q[1];
ry(pi*0.418722204719) q[2];
ry(pi*1.5852562464) q[3];
ry(pi*0.931275043854) q[4];
ry(pi*1.77390106247) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
