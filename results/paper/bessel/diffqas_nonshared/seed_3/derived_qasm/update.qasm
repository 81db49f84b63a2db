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
ry(pi*0.057136405966) q[0];
ry(pi*-0.02905677258) q[1];
ry(pi*0.093193766707) q[2];
ry(pi*0.002236667729) q[3];
ry(pi*0.078696761341) q[4];
ry(pi*-0.00757936428) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.154624554506) q[0];
ry(pi*0.188725013875) q[1];
ry(pi*0.352159810419) q[2];
ry(pi*-0.042608261578) q[3];
ry(pi*0.013637135538) q[4];
ry(pi*0.004618945368) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.046400268769) q[0];
ry(pi*-0.13200151656) q[1];
ry(pi*0.129259224067) q[2];
ry(pi*-0.045565539018) q[3];
ry(pi*0.071512445835) q[4];
ry(pi*0.106680639269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00403335566) q[0];
ry(pi*-0.251393631166) q[1];
ry(pi*0.172100826726) q[2];
ry(pi*-0.417104246742) q[3];
ry(pi*0.507606492028) q[4];
ry(pi*0.052155044654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.054890653996) q[0];
ry(pi*-0.002932859217) q[1];
ry(pi*-0.022222039437) q[2];
ry(pi*0.033209760012) q[3];
ry(pi*0.046488563194) q[4];
ry(pi*0.001014987084) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
