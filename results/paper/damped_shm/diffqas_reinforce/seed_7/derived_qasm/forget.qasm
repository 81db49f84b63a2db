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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*3.925982e-06) q[0];
rz(pi*0.000950832591) q[1];
rz(pi*-0.000872410295) q[2];
rz(pi*-0.002834725348) q[3];
rz(pi*-0.001447217626) q[4];
rz(pi*-0.003156509967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000191428224) q[0];
rz(pi*0.004265949689) q[1];
rz(pi*-0.001566715106) q[2];
rz(pi*-0.00197497247) q[3];
rz(pi*0.001559257927) q[4];
rz(pi*0.001135897219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000335563429) q[0];
rz(pi*-0.002961893747) q[1];
rz(pi*-9.295996e-05) q[2];
rz(pi*0.002213286041) q[3];
rz(pi*-0.004278810544) q[4];
rz(pi*-0.001456642042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006051707687) q[0];
rz(pi*-0.004104785387) q[1];
rz(pi*-0.005862488324) q[2];
rz(pi*-0.000748332379) q[3];
rz(pi*-0.004034404794) q[4];
rz(pi*0.00086350837) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000498965329) q[0];
rz(pi*-0.000594978883) q[1];
rz(pi*-0.008011039943) q[2];
rz(pi*-0.00171472329) q[3];
rz(pi*-0.000154334048) q[4];
rz(pi*0.000360664893) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
