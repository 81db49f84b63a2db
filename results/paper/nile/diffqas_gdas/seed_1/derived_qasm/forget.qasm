// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.218020548999) q[0];
rx(pi*0.098484601993) q[1];
rx(pi*-0.032857763367) q[2];
rx(pi*0.004406656626) q[3];
rx(pi*-0.007987522036) q[4];
rx(pi*0.011328233964) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.276952066231) q[0];
rx(pi*0.047194785781) q[1];
rx(pi*0.007692034535) q[2];
rx(pi*-0.035923726192) q[3];
rx(pi*-0.003987044665) q[4];
rx(pi*-0.191306445926) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.056716368305) q[0];
rx(pi*0.004401463429) q[1];
rx(pi*0.006620667188) q[2];
rx(pi*-0.007650301604) q[3];
rx(pi*-0.059029772349) q[4];
rx(pi*-0.004083422073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.008693809842) q[0];
rx(pi*0.242331829467) q[1];
rx(pi*0.214793929689) q[2];
rx(pi*-0.007347363742) q[3];
rx(pi*-0.000412394534) q[4];
rx(pi*0.001517338382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006996831556) q[0];
rx(pi*-0.106734199336) q[1];
rx(pi*0.026206048463) q[2];
rx(pi*0.007029197285) q[3];
rx(pi*-0.249701281044) q[4];
rx(pi*-0.009231956415) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
