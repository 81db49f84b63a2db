// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.9184737e-05) q[0];
ry(pi*0.001343765755) q[1];
ry(pi*-0.001381057728) q[2];
ry(pi*1.578517e-06) q[3];
ry(pi*-0.001525870486) q[4];
ry(pi*-0.001340376007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001502601597) q[0];
ry(pi*9.724029e-06) q[1];
ry(pi*0.002138973938) q[2];
ry(pi*-0.001200326595) q[3];
ry(pi*-9.219122e-06) q[4];
ry(pi*0.000887116472) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001804885789) q[0];
ry(pi*0.001305773273) q[1];
ry(pi*-1.0348522e-05) q[2];
ry(pi*-0.001370537043) q[3];
ry(pi*7.9218e-08) q[4];
ry(pi*-0.002026942087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*5.968854e-06) q[0];
ry(pi*0.001455376204) q[1];
ry(pi*0.001003639529) q[2];
ry(pi*0.000947036114) q[3];
ry(pi*0.001453743659) q[4];
ry(pi*-0.001487619944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000934473487) q[0];
ry(pi*3.858964e-06) q[1];
ry(pi*0.000393865126) q[2];
ry(pi*0.000940054884) q[3];
ry(pi*-0.000211036615) q[4];
ry(pi*0.002825211404) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
