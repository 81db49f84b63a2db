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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.012972826122) q[0];
rx(pi*0.170982250441) q[1];
rx(pi*0.205394830481) q[2];
rx(pi*0.00725250534) q[3];
rx(pi*0.145996526738) q[4];
rx(pi*0.022038852815) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.124819079356) q[0];
rx(pi*-0.004137478989) q[1];
rx(pi*0.197621904451) q[2];
rx(pi*0.107738929649) q[3];
rx(pi*0.002970092642) q[4];
rx(pi*0.029052181176) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.1635962736) q[0];
rx(pi*0.09503172318) q[1];
rx(pi*0.061467760942) q[2];
rx(pi*-0.0523326106) q[3];
rx(pi*0.100742529723) q[4];
rx(pi*0.089675782911) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.065256210742) q[0];
rx(pi*0.078301141606) q[1];
rx(pi*0.172815340405) q[2];
rx(pi*0.176309399566) q[3];
rx(pi*0.168342325408) q[4];
rx(pi*0.071922556006) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.042776208341) q[0];
rx(pi*-0.012493139328) q[1];
rx(pi*0.078902425926) q[2];
rx(pi*0.011284403359) q[3];
rx(pi*-0.001582069692) q[4];
rx(pi*0.000700936899) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
