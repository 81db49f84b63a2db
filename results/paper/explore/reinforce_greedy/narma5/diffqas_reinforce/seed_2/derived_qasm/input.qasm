// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.030359911972) q[0];
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
rx(pi*-0.000739951908) q[0];
rx(pi*-0.00242356545) q[1];
rx(pi*0.001783529293) q[2];
rx(pi*-4.098624e-06) q[3];
rx(pi*0.001863712275) q[4];
rx(pi*0.000914928963) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000548513846) q[0];
rx(pi*0.000195747174) q[1];
rx(pi*-0.001287731524) q[2];
rx(pi*-0.001580580479) q[3];
rx(pi*0.006376592868) q[4];
rx(pi*-0.005707969524) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000697122783) q[0];
rx(pi*0.003092207175) q[1];
rx(pi*0.001231054961) q[2];
rx(pi*0.004380513958) q[3];
rx(pi*0.001643554438) q[4];
rx(pi*-0.00412680504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001156315675) q[0];
rx(pi*-0.004579651028) q[1];
rx(pi*0.003026439034) q[2];
rx(pi*0.00448337382) q[3];
rx(pi*-0.001518369729) q[4];
rx(pi*0.001612763002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001426523991) q[0];
rx(pi*-0.004701133235) q[1];
rx(pi*-0.001546592877) q[2];
rx(pi*-0.005164857427) q[3];
rx(pi*-0.001939278951) q[4];
rx(pi*0.000541970693) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
