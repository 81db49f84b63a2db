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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000911477331) q[0];
ry(pi*-0.000123339693) q[1];
ry(pi*-0.000577767673) q[2];
ry(pi*-0.000559372334) q[3];
ry(pi*-0.000311330746) q[4];
ry(pi*7.4244864e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000627040566) q[0];
ry(pi*0.000133905901) q[1];
ry(pi*0.501051597427) q[2];
ry(pi*0.000782302787) q[3];
ry(pi*-0.000623873599) q[4];
ry(pi*-0.000224334195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000253555506) q[0];
ry(pi*-0.00306379341) q[1];
ry(pi*0.003643291383) q[2];
ry(pi*-0.00047072973) q[3];
ry(pi*-0.211250674194) q[4];
ry(pi*-0.001384899117) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00114700517) q[0];
ry(pi*-0.515645662627) q[1];
ry(pi*-0.000418107258) q[2];
ry(pi*-0.000914579079) q[3];
ry(pi*0.00040779116) q[4];
ry(pi*-0.341017153643) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.069115680281) q[0];
ry(pi*-0.007464729752) q[1];
ry(pi*-0.007677239942) q[2];
ry(pi*-0.00090179834) q[3];
ry(pi*0.109674832933) q[4];
ry(pi*0.000715511748) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
