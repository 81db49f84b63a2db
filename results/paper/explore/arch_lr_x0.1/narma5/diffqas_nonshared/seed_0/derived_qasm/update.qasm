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
rx(pi*-0.082650762595) q[0];
rx(pi*0.069580370304) q[1];
rx(pi*-0.003914026267) q[2];
rx(pi*0.003373184675) q[3];
rx(pi*-0.000900947086) q[4];
rx(pi*-0.000753570413) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.138731558081) q[0];
rx(pi*0.06837371778) q[1];
rx(pi*-0.001253842342) q[2];
rx(pi*0.007769305793) q[3];
rx(pi*0.003620507188) q[4];
rx(pi*-0.001848404973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.06865803389) q[0];
rx(pi*0.066260609032) q[1];
rx(pi*-0.00438665935) q[2];
rx(pi*-0.002674958508) q[3];
rx(pi*-0.003626171146) q[4];
rx(pi*0.001463492835) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.141513712317) q[0];
rx(pi*0.074144350139) q[1];
rx(pi*0.003146540677) q[2];
rx(pi*0.002432988088) q[3];
rx(pi*-0.000794974655) q[4];
rx(pi*-0.000687322914) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.070006797038) q[0];
rx(pi*0.067599800429) q[1];
rx(pi*-2.024097e-06) q[2];
rx(pi*0.001528239708) q[3];
rx(pi*0.004050302178) q[4];
rx(pi*-0.001111255399) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
