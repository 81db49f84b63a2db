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
rx(pi*0.081710188628) q[0];
rx(pi*7.5471265e-05) q[1];
rx(pi*-0.000301852618) q[2];
rx(pi*-0.000823933961) q[3];
rx(pi*0.003360526887) q[4];
rx(pi*-0.007164697092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.079580981504) q[0];
rx(pi*-0.000635910177) q[1];
rx(pi*-0.004537022822) q[2];
rx(pi*0.001059371678) q[3];
rx(pi*-0.002073077732) q[4];
rx(pi*0.002745221114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.078515434048) q[0];
rx(pi*0.001389050295) q[1];
rx(pi*0.003879697452) q[2];
rx(pi*0.001218897802) q[3];
rx(pi*-0.002787502772) q[4];
rx(pi*-0.004820213611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085609534139) q[0];
rx(pi*-0.001095192374) q[1];
rx(pi*-0.002191765164) q[2];
rx(pi*0.00045918322) q[3];
rx(pi*-0.000609280814) q[4];
rx(pi*0.002712452511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.079029064274) q[0];
rx(pi*-0.000697171401) q[1];
rx(pi*-0.002274576465) q[2];
rx(pi*0.00149468255) q[3];
rx(pi*-0.003290899868) q[4];
rx(pi*0.002119591498) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
