// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-9.5777293e-05) q[0];
rx(pi*-0.00098242518) q[1];
rx(pi*-0.000390619564) q[2];
rx(pi*-0.000741976138) q[3];
rx(pi*-0.031795820733) q[4];
rx(pi*-0.005506748119) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000112152822) q[0];
rx(pi*-0.000600221031) q[1];
rx(pi*-0.000893104004) q[2];
rx(pi*-0.000971800886) q[3];
rx(pi*-0.028794628497) q[4];
rx(pi*0.000933454888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000419419305) q[0];
rx(pi*-0.001729176818) q[1];
rx(pi*-0.006006541876) q[2];
rx(pi*-0.002091830366) q[3];
rx(pi*-0.028172493128) q[4];
rx(pi*0.001729617489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00010426177) q[0];
rx(pi*0.003063568405) q[1];
rx(pi*0.002964107629) q[2];
rx(pi*0.003359940807) q[3];
rx(pi*-0.034277071934) q[4];
rx(pi*-0.001083197003) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000540494969) q[0];
rx(pi*0.000333617203) q[1];
rx(pi*-0.008360029407) q[2];
rx(pi*0.001165097389) q[3];
rx(pi*-0.024423632337) q[4];
rx(pi*-0.004144622228) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
