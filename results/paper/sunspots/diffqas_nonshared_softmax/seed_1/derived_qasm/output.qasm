// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.498231412319) q[0];
ry(pi*0.763917650697) q[1];
ry(pi*0.139953327142) q[2];
ry(pi*0.080462872763) q[3];
ry(pi*0.06169190024) q[4];
ry(pi*0.462144790858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.048772621141) q[0];
ry(pi*0.331227026106) q[1];
ry(pi*0.464834822917) q[2];
ry(pi*-0.356576666082) q[3];
ry(pi*0.007144271743) q[4];
ry(pi*-0.002131275153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022379335374) q[0];
ry(pi*-0.510598949686) q[1];
ry(pi*-0.018393959124) q[2];
ry(pi*-0.517272272178) q[3];
ry(pi*-0.020807689873) q[4];
ry(pi*-0.014277443243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.050181101011) q[0];
ry(pi*0.007287189301) q[1];
ry(pi*0.146963074396) q[2];
ry(pi*-0.247308703724) q[3];
ry(pi*-0.483433465973) q[4];
ry(pi*-0.017560377225) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002950451105) q[0];
ry(pi*0.496949006357) q[1];
ry(pi*0.138236483203) q[2];
ry(pi*0.248787212006) q[3];
ry(pi*0.001903836376) q[4];
ry(pi*3.7021537e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
