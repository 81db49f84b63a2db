// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.301143685579) q[0];
ry(pi*-0.005955850251) q[1];
ry(pi*0.011647828713) q[2];
ry(pi*0.04119981491) q[3];
ry(pi*-0.03727744597) q[4];
ry(pi*0.021832960557) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.101149580538) q[0];
ry(pi*0.349363455082) q[1];
ry(pi*-0.062356544051) q[2];
ry(pi*0.25095346342) q[3];
ry(pi*0.038934115468) q[4];
ry(pi*0.426916458558) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.041926898034) q[0];
ry(pi*-0.086345534454) q[1];
ry(pi*0.026277675329) q[2];
ry(pi*-0.00037565718) q[3];
ry(pi*0.091046440609) q[4];
ry(pi*-0.232616094073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.275144001321) q[0];
ry(pi*0.125541922071) q[1];
ry(pi*-0.053283728671) q[2];
ry(pi*-0.208212587078) q[3];
ry(pi*0.095814519778) q[4];
ry(pi*0.256957882719) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.247887638147) q[0];
ry(pi*-0.191952543876) q[1];
ry(pi*-0.463876699159) q[2];
ry(pi*-0.159679027301) q[3];
ry(pi*-0.016748053103) q[4];
ry(pi*-0.004647092032) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
