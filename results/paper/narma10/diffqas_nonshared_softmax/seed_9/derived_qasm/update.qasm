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
ry(pi*-0.109542165995) q[0];
ry(pi*-0.0089691388) q[1];
ry(pi*-0.000272740178) q[2];
ry(pi*-0.000421335664) q[3];
ry(pi*0.086911690731) q[4];
ry(pi*-0.001561421265) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001024295218) q[0];
ry(pi*0.000219589841) q[1];
ry(pi*-0.464056143407) q[2];
ry(pi*0.00267476374) q[3];
ry(pi*-0.0059244966) q[4];
ry(pi*6.4664604e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.069518557092) q[0];
ry(pi*0.289896583828) q[1];
ry(pi*0.312294026318) q[2];
ry(pi*-0.00670442179) q[3];
ry(pi*0.081447093536) q[4];
ry(pi*-0.002471066689) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004477370131) q[0];
ry(pi*-0.489451507705) q[1];
ry(pi*-0.001649941287) q[2];
ry(pi*0.001026690528) q[3];
ry(pi*0.001816128772) q[4];
ry(pi*0.070098810121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004551173527) q[0];
ry(pi*0.027307762719) q[1];
ry(pi*-0.008715071178) q[2];
ry(pi*0.000450587379) q[3];
ry(pi*-0.011848927981) q[4];
ry(pi*0.000715519901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
