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
rx(pi*-0.185770103285) q[0];
rx(pi*0.016998074787) q[1];
rx(pi*-0.000397915549) q[2];
rx(pi*-0.004755810026) q[3];
rx(pi*-0.000517606091) q[4];
rx(pi*-0.001679143162) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.182253864982) q[0];
rx(pi*0.023773161168) q[1];
rx(pi*0.000283468414) q[2];
rx(pi*0.001468960099) q[3];
rx(pi*-0.000429574283) q[4];
rx(pi*0.000770202102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.181369753912) q[0];
rx(pi*0.021712421948) q[1];
rx(pi*-0.000285397298) q[2];
rx(pi*-0.006754115567) q[3];
rx(pi*0.005497002649) q[4];
rx(pi*-0.004825467877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.185867072999) q[0];
rx(pi*0.021149996187) q[1];
rx(pi*0.000441947331) q[2];
rx(pi*-0.005714524015) q[3];
rx(pi*0.000579401294) q[4];
rx(pi*0.001702583992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.180517649868) q[0];
rx(pi*0.019406480122) q[1];
rx(pi*0.002236403296) q[2];
rx(pi*-0.00196370414) q[3];
rx(pi*0.001572477041) q[4];
rx(pi*0.003152129337) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
