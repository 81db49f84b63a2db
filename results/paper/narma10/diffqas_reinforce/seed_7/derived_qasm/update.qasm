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
rx(pi*0.013967787842) q[0];
rx(pi*0.100947511289) q[1];
rx(pi*0.003161886962) q[2];
rx(pi*0.001674537676) q[3];
rx(pi*-0.00188550633) q[4];
rx(pi*0.002260609261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.231330083288) q[0];
rx(pi*0.095771944932) q[1];
rx(pi*0.006110521426) q[2];
rx(pi*-0.00111223294) q[3];
rx(pi*-0.001938022599) q[4];
rx(pi*0.0010778707) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008476179976) q[0];
rx(pi*0.097238358087) q[1];
rx(pi*-0.001945164653) q[2];
rx(pi*-0.001654346226) q[3];
rx(pi*0.00022955863) q[4];
rx(pi*0.003573198345) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.231391118618) q[0];
rx(pi*0.103032834447) q[1];
rx(pi*0.001559581946) q[2];
rx(pi*-0.003449856809) q[3];
rx(pi*0.000727920592) q[4];
rx(pi*-0.003000728293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.015965975099) q[0];
rx(pi*0.102994727683) q[1];
rx(pi*-0.000303618121) q[2];
rx(pi*-0.004264197081) q[3];
rx(pi*0.000369641819) q[4];
rx(pi*-0.002441487582) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
