// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
ry(pi*0.000935927422) q[0];
ry(pi*0.252347182492) q[1];
ry(pi*-0.499804253103) q[2];
ry(pi*-0.077279274159) q[3];
ry(pi*-0.501577446103) q[4];
ry(pi*-0.338371555759) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.309746726239) q[0];
ry(pi*-0.036871467115) q[1];
ry(pi*-0.114665879832) q[2];
ry(pi*-0.119041280042) q[3];
ry(pi*0.284073164541) q[4];
ry(pi*0.001150686772) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.113518721102) q[0];
ry(pi*-0.00102909725) q[1];
ry(pi*-0.41116554904) q[2];
ry(pi*0.001260214073) q[3];
ry(pi*-0.000599291996) q[4];
ry(pi*0.096900813933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.234224622595) q[0];
ry(pi*-0.375189652535) q[1];
ry(pi*0.070254381909) q[2];
ry(pi*0.31228541269) q[3];
ry(pi*0.498786972317) q[4];
ry(pi*0.035183677567) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.389973065756) q[0];
ry(pi*-0.180976278098) q[1];
ry(pi*-0.087334137931) q[2];
ry(pi*-0.125021357306) q[3];
ry(pi*0.191620767437) q[4];
ry(pi*0.003540380235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
