// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.069300166536) q[0];
ry(pi*-0.061676854851) q[1];
ry(pi*0.029778910932) q[2];
ry(pi*-0.170911463119) q[3];
ry(pi*-0.038368357618) q[4];
ry(pi*-0.015900102905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.079324455726) q[0];
ry(pi*-0.207354905046) q[1];
ry(pi*0.141669943408) q[2];
ry(pi*0.31149589974) q[3];
ry(pi*-0.01522345053) q[4];
ry(pi*0.293416370035) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.259221673028) q[0];
ry(pi*-0.097868803521) q[1];
ry(pi*0.331350007456) q[2];
ry(pi*-0.057430853524) q[3];
ry(pi*0.176837885453) q[4];
ry(pi*-0.173333751763) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028060359445) q[0];
ry(pi*-0.027597649703) q[1];
ry(pi*0.24389258461) q[2];
ry(pi*-0.283852226894) q[3];
ry(pi*-0.066431615151) q[4];
ry(pi*0.127084273649) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.333268266085) q[0];
ry(pi*-0.076773626717) q[1];
ry(pi*0.111911349917) q[2];
ry(pi*-0.324770865684) q[3];
ry(pi*-0.079142986137) q[4];
ry(pi*-0.005427185309) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
