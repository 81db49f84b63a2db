// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.292993524407) q[0];
rx(pi*-0.096844872787) q[1];
rx(pi*0.00427887932) q[2];
rx(pi*0.003446515827) q[3];
rx(pi*-0.006893913886) q[4];
rx(pi*-0.003085476296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.33614449669) q[0];
rx(pi*-0.098693131462) q[1];
rx(pi*-0.003309777159) q[2];
rx(pi*0.004213945981) q[3];
rx(pi*-0.003419125108) q[4];
rx(pi*-0.00125696751) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.261944489995) q[0];
rx(pi*-0.10066086153) q[1];
rx(pi*-0.007585981025) q[2];
rx(pi*0.003097386735) q[3];
rx(pi*-0.001286910656) q[4];
rx(pi*0.002288790165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.343938805006) q[0];
rx(pi*-0.097462758261) q[1];
rx(pi*-0.003971020994) q[2];
rx(pi*-0.00238256386) q[3];
rx(pi*-0.007338578767) q[4];
rx(pi*0.000389717543) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.265585075687) q[0];
rx(pi*-0.104039177444) q[1];
rx(pi*-0.001837866946) q[2];
rx(pi*0.002678909286) q[3];
rx(pi*-0.007485576059) q[4];
rx(pi*0.001169630245) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
