// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.130955729221) q[0];
rx(pi*-0.170117434655) q[1];
rx(pi*0.10283640959) q[2];
rx(pi*-0.004979525106) q[3];
rx(pi*0.066606140714) q[4];
rx(pi*-0.004719741351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.094414473293) q[0];
rx(pi*-0.09364841066) q[1];
rx(pi*-0.022675760841) q[2];
rx(pi*0.040637519587) q[3];
rx(pi*0.056808884166) q[4];
rx(pi*0.000395626627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.354073553533) q[0];
rx(pi*-0.103978644893) q[1];
rx(pi*0.056130191035) q[2];
rx(pi*0.003294869026) q[3];
rx(pi*0.059469726653) q[4];
rx(pi*-0.001093765564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007968535059) q[0];
rx(pi*-0.088532352326) q[1];
rx(pi*-0.012961182784) q[2];
rx(pi*0.045670178465) q[3];
rx(pi*0.057089382011) q[4];
rx(pi*-0.002689173839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.127820017832) q[0];
rx(pi*-0.070616149518) q[1];
rx(pi*0.104729709569) q[2];
rx(pi*-0.00822280308) q[3];
rx(pi*0.064011361334) q[4];
rx(pi*0.003437391417) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
