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
ry(pi*-0.04382382655) q[0];
ry(pi*-0.026956923412) q[1];
ry(pi*0.019581396998) q[2];
ry(pi*-0.097989631464) q[3];
ry(pi*-0.023093517029) q[4];
ry(pi*0.031727068239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.138971838445) q[0];
ry(pi*0.314657727116) q[1];
ry(pi*-0.474181177887) q[2];
ry(pi*0.050719542848) q[3];
ry(pi*0.04849912424) q[4];
ry(pi*-0.005475501189) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.043809834149) q[0];
ry(pi*-0.06439766545) q[1];
ry(pi*-0.090668256829) q[2];
ry(pi*0.005228601116) q[3];
ry(pi*0.085103047153) q[4];
ry(pi*-0.134208198899) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025568118281) q[0];
ry(pi*0.289906032256) q[1];
ry(pi*0.148857531713) q[2];
ry(pi*-0.477053158596) q[3];
ry(pi*-0.547869394712) q[4];
ry(pi*0.046044885489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.152333879814) q[0];
ry(pi*0.02125729419) q[1];
ry(pi*0.065571006572) q[2];
ry(pi*0.058591786469) q[3];
ry(pi*0.003245976848) q[4];
ry(pi*-0.002555404999) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
