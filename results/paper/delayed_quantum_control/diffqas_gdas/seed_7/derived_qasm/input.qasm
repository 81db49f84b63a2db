// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.316916735344) q[0];
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
rz(pi*-0.003877103818) q[0];
rz(pi*0.005236529946) q[1];
rz(pi*0.001615427636) q[2];
rz(pi*0.005694531482) q[3];
rz(pi*0.002537350354) q[4];
rz(pi*0.004742603512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000789516878) q[0];
rz(pi*0.002283822122) q[1];
rz(pi*0.008612626048) q[2];
rz(pi*-0.003894051521) q[3];
rz(pi*0.003743506919) q[4];
rz(pi*0.005405163878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001341826088) q[0];
rz(pi*0.002436977849) q[1];
rz(pi*0.004073346951) q[2];
rz(pi*-0.002133648822) q[3];
rz(pi*0.001329687828) q[4];
rz(pi*-0.00282671203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002198795605) q[0];
rz(pi*-0.00200906457) q[1];
rz(pi*-0.000465326166) q[2];
rz(pi*0.000476595163) q[3];
rz(pi*0.001473657188) q[4];
rz(pi*-0.004618124203) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006451413678) q[0];
rz(pi*0.00376703698) q[1];
rz(pi*0.002367060902) q[2];
rz(pi*-0.001166938561) q[3];
rz(pi*-0.00029086736) q[4];
rz(pi*0.001786231131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
