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
rx(pi*0.176124263494) q[0];
rx(pi*0.099136989408) q[1];
rx(pi*2.3586252e-05) q[2];
rx(pi*-0.022605324515) q[3];
rx(pi*-0.030547639236) q[4];
rx(pi*0.000249201946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024356025322) q[0];
rx(pi*0.073903144854) q[1];
rx(pi*-0.005523661138) q[2];
rx(pi*-0.05509756604) q[3];
rx(pi*-0.028161450988) q[4];
rx(pi*0.004557722979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.312417728633) q[0];
rx(pi*0.106062715849) q[1];
rx(pi*-0.038902966959) q[2];
rx(pi*-0.021005158231) q[3];
rx(pi*-0.031309210072) q[4];
rx(pi*0.002941702593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.063120581344) q[0];
rx(pi*0.083888335954) q[1];
rx(pi*0.003568103866) q[2];
rx(pi*-0.049526019465) q[3];
rx(pi*-0.033201575643) q[4];
rx(pi*-0.000899865862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.124923723546) q[0];
rx(pi*0.105406505425) q[1];
rx(pi*-0.00580017767) q[2];
rx(pi*-0.019867168081) q[3];
rx(pi*-0.030657527019) q[4];
rx(pi*-0.003483938089) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
