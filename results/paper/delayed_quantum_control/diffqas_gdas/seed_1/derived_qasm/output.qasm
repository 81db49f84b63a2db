// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.00115929699) q[0];
rz(pi*-0.004879675981) q[1];
rz(pi*-0.000929966496) q[2];
rz(pi*-0.00184703775) q[3];
rz(pi*-0.002364612825) q[4];
rz(pi*0.000497957513) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000483221284) q[0];
rz(pi*0.001212444919) q[1];
rz(pi*-0.00088549949) q[2];
rz(pi*-0.002725105258) q[3];
rz(pi*-0.00069796166) q[4];
rz(pi*-0.001060164309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005304270956) q[0];
rz(pi*-0.001182796813) q[1];
rz(pi*-0.005368497857) q[2];
rz(pi*-0.006363659383) q[3];
rz(pi*-0.002699914489) q[4];
rz(pi*-0.002126531373) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002141549341) q[0];
rz(pi*-0.001063851841) q[1];
rz(pi*0.001609047605) q[2];
rz(pi*0.004519572933) q[3];
rz(pi*0.000304174593) q[4];
rz(pi*0.001131447442) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00228152301) q[0];
rz(pi*0.002536889079) q[1];
rz(pi*0.000106542734) q[2];
rz(pi*0.000128416607) q[3];
rz(pi*-0.00367228856) q[4];
rz(pi*-0.003061440789) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
