// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.097814228412) q[0];
rx(pi*0.000852561614) q[1];
rx(pi*-0.00030184667) q[2];
rx(pi*-0.000823965014) q[3];
rx(pi*0.00336049576) q[4];
rx(pi*-0.007164707171) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095270447778) q[0];
rx(pi*0.000141206917) q[1];
rx(pi*-0.004537067289) q[2];
rx(pi*0.001059357745) q[3];
rx(pi*-0.0020731013) q[4];
rx(pi*0.002745248091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094623391705) q[0];
rx(pi*0.00216615655) q[1];
rx(pi*0.003879686187) q[2];
rx(pi*0.001218887574) q[3];
rx(pi*-0.002787528859) q[4];
rx(pi*-0.00482024296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101295035109) q[0];
rx(pi*-0.000318085897) q[1];
rx(pi*-0.002191779987) q[2];
rx(pi*0.000459182294) q[3];
rx(pi*-0.000609289226) q[4];
rx(pi*0.002712448064) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095133075599) q[0];
rx(pi*7.9943201e-05) q[1];
rx(pi*-0.002274582838) q[2];
rx(pi*0.001494679437) q[3];
rx(pi*-0.003290900757) q[4];
rx(pi*0.002119590609) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
