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
rz(pi*0.000172208516) q[0];
rz(pi*0.000868318555) q[1];
rz(pi*-0.003126366125) q[2];
rz(pi*-0.00352480687) q[3];
rz(pi*0.000635313499) q[4];
rz(pi*-0.001485687244) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000749637051) q[0];
rz(pi*0.002417636467) q[1];
rz(pi*-0.0052482053) q[2];
rz(pi*0.000809743161) q[3];
rz(pi*0.003898147263) q[4];
rz(pi*-0.000947074579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580907929) q[0];
rz(pi*0.002394452955) q[1];
rz(pi*0.000806735536) q[2];
rz(pi*0.002851657043) q[3];
rz(pi*-0.001098867751) q[4];
rz(pi*-0.004716771523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000350174372) q[0];
rz(pi*-0.001419123286) q[1];
rz(pi*0.00246795753) q[2];
rz(pi*0.00061635172) q[3];
rz(pi*-0.005191148319) q[4];
rz(pi*-0.003804331769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002813172603) q[0];
rz(pi*0.002163758128) q[1];
rz(pi*-0.002037972664) q[2];
rz(pi*-3.31609e-06) q[3];
rz(pi*0.001418310867) q[4];
rz(pi*0.001490979158) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
