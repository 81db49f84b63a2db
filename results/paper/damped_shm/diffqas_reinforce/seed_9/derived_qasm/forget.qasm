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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002065855933) q[0];
rz(pi*0.000502435045) q[1];
rz(pi*-0.000859052517) q[2];
rz(pi*-0.002735292735) q[3];
rz(pi*-0.002176929513) q[4];
rz(pi*-0.001145897635) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000346740304) q[0];
rz(pi*-0.002816344906) q[1];
rz(pi*0.002799717664) q[2];
rz(pi*0.001853097023) q[3];
rz(pi*0.002920323271) q[4];
rz(pi*0.001927707353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000367076829) q[0];
rz(pi*0.001820636579) q[1];
rz(pi*0.001235958082) q[2];
rz(pi*-0.002868964043) q[3];
rz(pi*0.001612952878) q[4];
rz(pi*-0.010483799653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002925751255) q[0];
rz(pi*-0.004559704445) q[1];
rz(pi*-0.000451931739) q[2];
rz(pi*0.002279800196) q[3];
rz(pi*-0.002123738674) q[4];
rz(pi*-0.00098042148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000161450968) q[0];
rz(pi*0.000399377191) q[1];
rz(pi*-0.002751148023) q[2];
rz(pi*-0.001448880558) q[3];
rz(pi*-0.000252482174) q[4];
rz(pi*0.003320961001) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
