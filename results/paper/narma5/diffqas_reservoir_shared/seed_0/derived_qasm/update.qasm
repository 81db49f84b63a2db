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
rx(pi*0.809103677843) q[0];
rx(pi*0.397026070875) q[1];
rx(pi*0.181506092077) q[2];
rx(pi*1.16066474629) q[3];
rx(pi*0.597392250471) q[4];
rx(pi*1.34398983158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.399030883179) q[0];
rx(pi*1.884226224276) q[1];
rx(pi*0.730220305298) q[2];
rx(pi*0.210990557823) q[3];
rx(pi*1.258216315983) q[4];
rx(pi*1.854309085019) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.880754335402) q[0];
rx(pi*1.909181003427) q[1];
rx(pi*0.999791631167) q[2];
rx(pi*0.850457285846) q[3];
rx(pi*1.240426936507) q[4];
rx(pi*1.990192966481) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.897887361526) q[0];
rx(pi*0.920090305524) q[1];
rx(pi*1.515457632579) q[2];
rx(pi*0.994845359952) q[3];
rx(pi*1.058624300384) q[4];
rx(pi*1.571571431161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.829311703194) q[0];
rx(pi*1.468967115193) q[1];
rx(pi*1.422285807855) q[2];
rx(pi*1.864119361615) q[3];
rx(pi*0.22986527333) q[4];
rx(pi*1.458030160948) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
