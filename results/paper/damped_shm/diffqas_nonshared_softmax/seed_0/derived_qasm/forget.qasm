// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.161272187898) q[0];
ry(pi*0.072806145326) q[1];
ry(pi*-0.272323493676) q[2];
ry(pi*-0.24470930448) q[3];
ry(pi*0.023126268735) q[4];
ry(pi*-0.023372421163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.215798252088) q[0];
ry(pi*0.497598709129) q[1];
ry(pi*-0.132954138222) q[2];
ry(pi*-0.141603984651) q[3];
ry(pi*0.017068221778) q[4];
ry(pi*-0.001250601263) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026349840546) q[0];
ry(pi*-0.457182278971) q[1];
ry(pi*0.169395426742) q[2];
ry(pi*0.101090518375) q[3];
ry(pi*0.107794785418) q[4];
ry(pi*0.014894649255) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003060493634) q[0];
ry(pi*0.337329724238) q[1];
ry(pi*-0.221809141095) q[2];
ry(pi*0.480704198272) q[3];
ry(pi*-0.315723559164) q[4];
ry(pi*8.5141159e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.183512498092) q[0];
ry(pi*-0.152854558415) q[1];
ry(pi*0.595383909237) q[2];
ry(pi*0.135537050148) q[3];
ry(pi*0.222336241971) q[4];
ry(pi*-0.003635946262) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
