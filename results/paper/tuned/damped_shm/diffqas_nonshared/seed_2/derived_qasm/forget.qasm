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
rx(pi*0.098909031845) q[0];
rx(pi*0.12600261833) q[1];
rx(pi*-0.003984530183) q[2];
rx(pi*0.084247698768) q[3];
rx(pi*0.081104350849) q[4];
rx(pi*0.003754348065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.04531992257) q[0];
rx(pi*0.138863845565) q[1];
rx(pi*0.103884796196) q[2];
rx(pi*0.090021988125) q[3];
rx(pi*0.083150134801) q[4];
rx(pi*2.2026109e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.036722215623) q[0];
rx(pi*0.082561638113) q[1];
rx(pi*0.022930021747) q[2];
rx(pi*0.076370631326) q[3];
rx(pi*0.084195485767) q[4];
rx(pi*-0.00032986675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.062088772176) q[0];
rx(pi*0.097302059088) q[1];
rx(pi*0.109303460369) q[2];
rx(pi*0.092489118857) q[3];
rx(pi*0.085769142379) q[4];
rx(pi*-0.003148307515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.096381036537) q[0];
rx(pi*0.059531283732) q[1];
rx(pi*0.001434394124) q[2];
rx(pi*0.087038827114) q[3];
rx(pi*0.081166183033) q[4];
rx(pi*-0.001101702102) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
