// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.026626425262) q[0];
ry(pi*-0.042549080835) q[1];
ry(pi*0.067074298006) q[2];
ry(pi*-0.002804081396) q[3];
ry(pi*0.002495001106) q[4];
ry(pi*-0.010122930877) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.14787210617) q[0];
ry(pi*-0.195936441437) q[1];
ry(pi*-0.340298503906) q[2];
ry(pi*0.010174555723) q[3];
ry(pi*0.005217602258) q[4];
ry(pi*-0.000933773867) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020524661538) q[0];
ry(pi*0.127986683934) q[1];
ry(pi*0.201786820998) q[2];
ry(pi*0.00211314862) q[3];
ry(pi*-0.029498602814) q[4];
ry(pi*-0.111947398138) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015712518163) q[0];
ry(pi*-0.296175330086) q[1];
ry(pi*0.183851389311) q[2];
ry(pi*0.513465731862) q[3];
ry(pi*0.522422310703) q[4];
ry(pi*0.048846994312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007629413202) q[0];
ry(pi*0.015326268593) q[1];
ry(pi*0.008495896218) q[2];
ry(pi*-0.020935715603) q[3];
ry(pi*-0.091735720533) q[4];
ry(pi*-0.004707266769) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
