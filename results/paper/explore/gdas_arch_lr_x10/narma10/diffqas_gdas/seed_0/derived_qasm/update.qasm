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
rx(pi*-0.088438465684) q[0];
rx(pi*0.044520178566) q[1];
rx(pi*-0.00395344719) q[2];
rx(pi*-0.000496255635) q[3];
rx(pi*-0.000816591433) q[4];
rx(pi*-0.000753434417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.123601522246) q[0];
rx(pi*0.039225430151) q[1];
rx(pi*-0.001742935765) q[2];
rx(pi*0.004088984349) q[3];
rx(pi*0.003704812889) q[4];
rx(pi*-0.001848804142) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082005850442) q[0];
rx(pi*0.040712590006) q[1];
rx(pi*-0.004335564851) q[2];
rx(pi*-0.006421054317) q[3];
rx(pi*-0.003543002921) q[4];
rx(pi*0.001463651583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.124202910916) q[0];
rx(pi*0.048997173096) q[1];
rx(pi*0.002677679615) q[2];
rx(pi*-0.001127403283) q[3];
rx(pi*-0.000710552821) q[4];
rx(pi*-0.000687244504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082369671851) q[0];
rx(pi*0.042481333896) q[1];
rx(pi*-4.0474036e-05) q[2];
rx(pi*-0.002340890961) q[3];
rx(pi*0.004134012905) q[4];
rx(pi*-0.001111214934) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
