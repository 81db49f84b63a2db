// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.006562186658) q[0];
rz(pi*-0.000687239464) q[1];
rz(pi*0.002963138537) q[2];
rz(pi*-0.001566799891) q[3];
rz(pi*0.001247992214) q[4];
rz(pi*-0.00204218995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000764031586) q[0];
rz(pi*-0.000960026666) q[1];
rz(pi*-0.001283611917) q[2];
rz(pi*-0.001054526809) q[3];
rz(pi*0.000153150576) q[4];
rz(pi*-0.004981845117) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002669901381) q[0];
rz(pi*-0.001865854269) q[1];
rz(pi*-0.000437829467) q[2];
rz(pi*-0.000608307535) q[3];
rz(pi*-0.000166366299) q[4];
rz(pi*0.001435396271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00338950272) q[0];
rz(pi*-0.001899929472) q[1];
rz(pi*0.00096168856) q[2];
rz(pi*0.001181825794) q[3];
rz(pi*0.002075680259) q[4];
rz(pi*-0.001895486588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00056981598) q[0];
rz(pi*0.00300723387) q[1];
rz(pi*-3.943585e-06) q[2];
rz(pi*-0.000650749164) q[3];
rz(pi*-0.003839560011) q[4];
rz(pi*-0.002586211998) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
