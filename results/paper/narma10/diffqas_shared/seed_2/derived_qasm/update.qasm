// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.052335238325) q[0];
rx(pi*-0.09634552904) q[1];
rx(pi*0.000864559209) q[2];
rx(pi*0.003050786406) q[3];
rx(pi*-0.005962150389) q[4];
rx(pi*-0.002722331976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.178602768389) q[0];
rx(pi*-0.099438665583) q[1];
rx(pi*0.002319546175) q[2];
rx(pi*0.00013127472) q[3];
rx(pi*-1.6492473e-05) q[4];
rx(pi*-1.067968e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.048609303729) q[0];
rx(pi*-0.099088172529) q[1];
rx(pi*-0.002366748593) q[2];
rx(pi*0.003851623418) q[3];
rx(pi*0.003295037706) q[4];
rx(pi*-0.004090538336) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.177850821479) q[0];
rx(pi*-0.0989396254) q[1];
rx(pi*0.0021517967) q[2];
rx(pi*-0.000524674403) q[3];
rx(pi*0.000245186319) q[4];
rx(pi*-0.001560398515) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.045768893671) q[0];
rx(pi*-0.099459583037) q[1];
rx(pi*0.003346085958) q[2];
rx(pi*0.001714024707) q[3];
rx(pi*-4.9854281e-05) q[4];
rx(pi*-0.004365489913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
