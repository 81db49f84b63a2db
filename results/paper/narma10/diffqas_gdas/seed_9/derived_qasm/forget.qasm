// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.001830470243) q[0];
rz(pi*-0.00061091651) q[1];
rz(pi*0.002259143765) q[2];
rz(pi*0.002178700649) q[3];
rz(pi*0.000439617759) q[4];
rz(pi*-0.0036327538) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001562950943) q[0];
rz(pi*0.001794581512) q[1];
rz(pi*0.002769928078) q[2];
rz(pi*0.003381297303) q[3];
rz(pi*-0.003377696928) q[4];
rz(pi*-0.00147787729) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003851672332) q[0];
rz(pi*-0.009362879047) q[1];
rz(pi*-0.003475872596) q[2];
rz(pi*-0.005637072516) q[3];
rz(pi*0.004436537221) q[4];
rz(pi*0.001509346705) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002041307866) q[0];
rz(pi*0.000214936015) q[1];
rz(pi*0.001323126963) q[2];
rz(pi*0.005575730658) q[3];
rz(pi*0.002477816837) q[4];
rz(pi*0.004863800238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001555340351) q[0];
rz(pi*0.004157595141) q[1];
rz(pi*0.004608370136) q[2];
rz(pi*0.002980025764) q[3];
rz(pi*0.00011958634) q[4];
rz(pi*0.003503354918) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
