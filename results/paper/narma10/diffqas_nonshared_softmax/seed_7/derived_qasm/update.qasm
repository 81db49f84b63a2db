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
rx(pi*0.014555627599) q[0];
rx(pi*0.105637128659) q[1];
rx(pi*-0.003591498746) q[2];
rx(pi*-0.003617077864) q[3];
rx(pi*0.000151105725) q[4];
rx(pi*0.002261720798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.238865679218) q[0];
rx(pi*0.088399827683) q[1];
rx(pi*-0.005173579555) q[2];
rx(pi*-0.00459640604) q[3];
rx(pi*0.000135463316) q[4];
rx(pi*0.00107840631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01606180289) q[0];
rx(pi*0.095996221782) q[1];
rx(pi*-0.00677749177) q[2];
rx(pi*-0.00687956871) q[3];
rx(pi*0.002266019904) q[4];
rx(pi*0.00357255594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.241883655221) q[0];
rx(pi*0.103495712573) q[1];
rx(pi*-0.009791630535) q[2];
rx(pi*-0.00690158777) q[3];
rx(pi*0.002801591816) q[4];
rx(pi*-0.003000519593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.010935360534) q[0];
rx(pi*0.10647877872) q[1];
rx(pi*-0.007058128354) q[2];
rx(pi*-0.009556470442) q[3];
rx(pi*0.002406828522) q[4];
rx(pi*-0.002441503442) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
