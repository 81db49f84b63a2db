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
ry(pi*0.117293074151) q[0];
ry(pi*0.067901969895) q[1];
ry(pi*0.160054725651) q[2];
ry(pi*0.034432660323) q[3];
ry(pi*-0.109887128493) q[4];
ry(pi*-0.014642393531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.050501588665) q[0];
ry(pi*0.137033003871) q[1];
ry(pi*-0.140989760917) q[2];
ry(pi*-0.027655872323) q[3];
ry(pi*-0.024186223973) q[4];
ry(pi*-0.025192804129) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.166893319749) q[0];
ry(pi*0.068073592627) q[1];
ry(pi*0.225737695151) q[2];
ry(pi*-0.013910838768) q[3];
ry(pi*0.00983086262) q[4];
ry(pi*0.258803096269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003864663624) q[0];
ry(pi*-0.496578582431) q[1];
ry(pi*0.044189407682) q[2];
ry(pi*-0.493001877981) q[3];
ry(pi*-0.468466662172) q[4];
ry(pi*-0.043787588602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006412287129) q[0];
ry(pi*0.022415950405) q[1];
ry(pi*-0.085960131543) q[2];
ry(pi*0.052656475403) q[3];
ry(pi*-0.044030653216) q[4];
ry(pi*-0.001548720641) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
