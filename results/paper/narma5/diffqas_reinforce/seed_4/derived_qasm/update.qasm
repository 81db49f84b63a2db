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
ry(pi*0.009739382553) q[0];
ry(pi*0.040049255315) q[1];
ry(pi*0.000530735529) q[2];
ry(pi*-0.002471532262) q[3];
ry(pi*0.000659706301) q[4];
ry(pi*-0.010999735067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001282077496) q[0];
ry(pi*0.010103282225) q[1];
ry(pi*-0.002387207737) q[2];
ry(pi*0.432457487467) q[3];
ry(pi*0.000964190443) q[4];
ry(pi*0.000320742489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000702053697) q[0];
ry(pi*-0.000464275624) q[1];
ry(pi*0.146836772815) q[2];
ry(pi*0.165767837383) q[3];
ry(pi*-0.000241356066) q[4];
ry(pi*-0.001691115707) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.01410355801) q[0];
ry(pi*-0.46175736735) q[1];
ry(pi*-0.032919813739) q[2];
ry(pi*0.476720604275) q[3];
ry(pi*3.708663e-06) q[4];
ry(pi*-0.000185967408) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018525224451) q[0];
ry(pi*-0.022039516861) q[1];
ry(pi*-0.031310011671) q[2];
ry(pi*0.046120008083) q[3];
ry(pi*-0.000122613939) q[4];
ry(pi*-0.001423335087) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
