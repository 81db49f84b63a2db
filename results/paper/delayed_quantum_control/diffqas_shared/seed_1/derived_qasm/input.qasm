// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.17446718371) q[0];
ry(pi*-0.266521798186) q[1];
ry(pi*0.076160422768) q[2];
ry(pi*0.000194395866) q[3];
ry(pi*-0.003207533022) q[4];
ry(pi*-0.018715110825) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.457221704341) q[0];
ry(pi*-0.430228227559) q[1];
ry(pi*0.499466652031) q[2];
ry(pi*-0.38616990259) q[3];
ry(pi*0.01921102169) q[4];
ry(pi*-0.024516541882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.501541853228) q[0];
ry(pi*0.305969612656) q[1];
ry(pi*0.499350007578) q[2];
ry(pi*0.482428403637) q[3];
ry(pi*0.265456155866) q[4];
ry(pi*0.499693262529) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002974917352) q[0];
ry(pi*-0.002036655541) q[1];
ry(pi*-0.05238985138) q[2];
ry(pi*-0.991991858699) q[3];
ry(pi*0.012232807142) q[4];
ry(pi*0.622617391278) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.496619297948) q[0];
ry(pi*-0.000685404814) q[1];
ry(pi*-0.018292941101) q[2];
ry(pi*-0.391989792945) q[3];
ry(pi*0.501916375267) q[4];
ry(pi*-0.000998895156) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
