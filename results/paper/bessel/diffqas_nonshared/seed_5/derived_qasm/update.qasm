// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.174900009003) q[0];
ry(pi*-0.020750401661) q[1];
ry(pi*-0.183275452582) q[2];
ry(pi*0.0291891739) q[3];
ry(pi*0.144837329799) q[4];
ry(pi*0.017761507323) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000627059242) q[0];
ry(pi*-0.242865779505) q[1];
ry(pi*0.337582934529) q[2];
ry(pi*0.015223723264) q[3];
ry(pi*0.019759605645) q[4];
ry(pi*-0.018745776714) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.118071933903) q[0];
ry(pi*-0.168134630739) q[1];
ry(pi*0.239069693174) q[2];
ry(pi*0.010928134289) q[3];
ry(pi*0.056697490421) q[4];
ry(pi*-0.059888184832) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033517958069) q[0];
ry(pi*0.275621943808) q[1];
ry(pi*-0.081645757177) q[2];
ry(pi*-0.172818774472) q[3];
ry(pi*-0.097867722074) q[4];
ry(pi*-0.293723728547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.088316081975) q[0];
ry(pi*-0.00912575646) q[1];
ry(pi*-0.068019937697) q[2];
ry(pi*-0.031058399834) q[3];
ry(pi*-0.071341729052) q[4];
ry(pi*0.000780453907) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
